/**
 * A value in Redis carries the cluster-wide epoch and the key's generation it was loaded under. A reader trusts it only
 * if both still match, so a slow loader that read the database before a write can never publish the old value: the
 * writer bumped the generation first.
 */
export interface L2Stamp {
  epoch: string;
  generation: string;
}

const newline = 0x0a;

export function wrapForL2(stamp: L2Stamp, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${stamp.epoch}:${stamp.generation}\n`), payload]);
}

export function unwrapFromL2(stored: Buffer, current: L2Stamp): Buffer | null {
  const end = stored.indexOf(newline);
  if (end < 0) return null;
  const [epoch, generation] = stored.subarray(0, end).toString().split(':');
  if (epoch !== current.epoch || generation !== current.generation) return null;
  return stored.subarray(end + 1);
}

export function stampOf(epoch: Buffer | null, generation: Buffer | null): L2Stamp {
  return { epoch: epoch?.toString() ?? '0', generation: generation?.toString() ?? '0' };
}
