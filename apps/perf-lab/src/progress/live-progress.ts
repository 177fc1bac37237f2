import type { PhaseEvent } from '../artillery/phase-events.ts';
import { percentileOfSorted, sortAscending } from '../analysis/percentile.ts';
import type { GeneratorSampler } from '../sampling/generator-sampler.ts';
import { createLatencyReader } from '../sampling/latency-files.ts';
import type { LatencySample } from '../sampling/latency-sample.ts';
import type { ServerSampler } from '../sampling/server-sampler.ts';
import { formatProgressLine } from './progress-line.ts';

export interface LiveProgressOptions {
  scenario: string;
  totalSeconds: number;
  latencyDir: string;
  server: ServerSampler;
}

const windowMs = 5_000;

/**
 * A one-second status line on stderr, from the processor's latency files as they grow. On a terminal it rewrites one
 * line; in a log (CI) it prints a line every 10 s instead of flooding it.
 */
export function startLiveProgress(options: LiveProgressOptions) {
  const reader = createLatencyReader(options.latencyDir);
  const recent: LatencySample[] = [];
  const totals = { requests: 0, failed: 0, conflicts: 0 };
  let phase = 'starting';
  let startedAt: number | undefined;
  let ticks = 0;
  let stopped = false;
  let generator: GeneratorSampler | undefined;
  const interactive = process.stderr.isTTY;
  let reading = false;
  const tick = async () => {
    // One read at a time: two overlapping reads would both take the same new lines.
    if (reading) return;
    reading = true;
    const fresh = await reader.readNew().finally(() => (reading = false));
    if (stopped) return;
    for (const sample of fresh) {
      totals.requests++;
      if (sample.outcome === 'failed') totals.failed++;
      if (sample.outcome === 'conflict') totals.conflicts++;
    }
    const now = Date.now();
    recent.push(...fresh);
    while (recent.length > 0 && recent[0]!.at < now - windowMs) recent.shift();
    const latencies = sortAscending(recent.flatMap((sample) => (sample.ms === undefined ? [] : [sample.ms])));
    const line = formatProgressLine({
      scenario: options.scenario,
      phase,
      elapsedSeconds: startedAt === undefined ? 0 : (now - startedAt) / 1000,
      totalSeconds: options.totalSeconds,
      requestsPerSecond: recent.length / (windowMs / 1000),
      p95Ms: percentileOfSorted(latencies, 95),
      ...totals,
      generatorCpuPercent: generator?.latest()?.cpuPercent,
      serverCpuPercent: options.server.latest()?.cpuPercent,
    });
    if (interactive) process.stderr.write(`\r${line}\x1b[K`);
    else if (ticks++ % 10 === 0) process.stderr.write(`${line}\n`);
  };
  const timer = setInterval(() => void tick(), 1_000).unref();
  return {
    /** The generator's sampler exists only once Artillery, which this line already follows, has a pid. */
    watchGenerator(sampler: GeneratorSampler) {
      generator = sampler;
    },
    onPhase(event: PhaseEvent) {
      startedAt ??= event.at;
      phase = event.kind === 'started' ? event.name : `${event.name} done, sessions finishing`;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      if (interactive) process.stderr.write('\n');
    },
  };
}
