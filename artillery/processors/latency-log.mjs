import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

// perf-lab sets this for its runs: one CSV per worker thread, so no two threads ever write the same file. Without it
// (a hand-run script) nothing is written.
const directory = process.env['BRISK_PERF_LATENCY_DIR'];
let fd;

function openLog() {
  fd = openSync(path.join(directory, `latency-${process.pid}-${threadId}.csv`), 'a');
  process.once('exit', () => closeSync(fd));
  return fd;
}

/**
 * One line per request: epoch ms, request name, status (or the error code), time to first byte in ms (Artillery's, in
 * whole ms), response time in ms (this processor's own monotonic clock, to the microsecond). Written synchronously, a
 * few microseconds each, so nothing is lost when Artillery ends its workers.
 */
export function logLatency(request, status, firstByteMs, responseMs) {
  if (!directory) return;
  const response = responseMs === undefined ? '' : responseMs.toFixed(3);
  writeSync(fd ?? openLog(), `${Date.now()},${request},${status},${firstByteMs ?? ''},${response}\n`);
}
