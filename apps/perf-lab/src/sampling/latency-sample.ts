/** One line the processor wrote (artillery/processors/latency-log.mjs): `epochMs,request,status,firstByteMs,responseMs`. */
export interface LatencySample {
  at: number;
  request: string;
  outcome: 'ok' | 'conflict' | 'failed';
  /** Time to first byte, whole ms (Artillery's timer). Absent when no response came (refused, reset, timed out). */
  ms: number | undefined;
  /** Whole response time to the microsecond, from the processor's monotonic clock; absent in older runs. */
  responseMs?: number | undefined;
}

/** The same rule as the processor's counters: 409 is a conflict, below 400 ok, anything else (or no status) failed. */
function classify(status: string): LatencySample['outcome'] {
  const code = Number(status);
  if (!Number.isInteger(code)) return 'failed';
  if (code === 409) return 'conflict';
  return code < 400 ? 'ok' : 'failed';
}

/** Undefined for a malformed line (a torn last line while the file is still being written). */
export function parseLatencyLine(line: string): LatencySample | undefined {
  const [at, request, status, ms, response] = line.split(',');
  const time = Number(at);
  if (!request || status === undefined || ms === undefined || !Number.isFinite(time)) return undefined;
  const latency = ms === '' ? undefined : Number(ms);
  const responseMs = response === undefined || response === '' ? undefined : Number(response);
  if ((latency !== undefined && !Number.isFinite(latency)) || (responseMs !== undefined && !Number.isFinite(responseMs))) return undefined;
  return { at: time, request, outcome: classify(status), ms: latency, ...(responseMs === undefined ? {} : { responseMs }) };
}
