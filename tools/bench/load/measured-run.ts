import type { LoadSample } from './load-sample.ts';

/** A load sample and what it cost the generator: the round is invalid when the generator itself was the bottleneck. */
export interface MeasuredRun extends LoadSample {
  generatorCpu: number;
}

/** PERFORMANCE.md: a run where the load generator sat above ~80% of a core is invalid. */
export const generatorCpuLimit = 0.8;

export interface LoadShape {
  connections: number;
  durationSeconds: number;
  pipelining: number;
  /** Open loop: total requests per second offered over all connections. Absent: closed loop (each connection waits). */
  rate?: number;
}
