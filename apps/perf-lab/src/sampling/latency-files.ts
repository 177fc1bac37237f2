import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseLatencyLine, type LatencySample } from './latency-sample.ts';

/**
 * Reads the processor's CSV files incrementally: each call returns the lines completed since the previous one, across
 * every worker's file, keeping a torn last line for the next call.
 */
export function createLatencyReader(directory: string): { readNew(): Promise<LatencySample[]> } {
  const offsets = new Map<string, number>();
  const partial = new Map<string, string>();
  async function readFileFrom(file: string): Promise<LatencySample[]> {
    const handle = await open(file, 'r');
    try {
      const offset = offsets.get(file) ?? 0;
      const { size } = await handle.stat();
      if (size <= offset) return [];
      const buffer = Buffer.alloc(size - offset);
      await handle.read(buffer, 0, buffer.length, offset);
      offsets.set(file, size);
      const lines = ((partial.get(file) ?? '') + buffer.toString('utf8')).split('\n');
      partial.set(file, lines.pop() ?? '');
      return lines.map(parseLatencyLine).filter((sample) => sample !== undefined);
    } finally {
      await handle.close();
    }
  }
  return {
    async readNew() {
      const files = (await readdir(directory).catch(() => [])).filter((file) => file.endsWith('.csv')).sort();
      const batches = await Promise.all(files.map((file) => readFileFrom(path.join(directory, file))));
      return batches.flat();
    },
  };
}

export async function readAllLatencySamples(directory: string): Promise<LatencySample[]> {
  const samples = await createLatencyReader(directory).readNew();
  return samples.sort((a, b) => a.at - b.at);
}
