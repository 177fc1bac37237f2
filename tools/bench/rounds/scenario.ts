import type { LoadShape, MeasuredRun } from '../load/measured-run.ts';

/** Open loop: the rate is `fraction` of the throughput the closed-loop scenario `source` reached in the same round. */
export interface Pacing {
  source: string;
  fraction: number;
}

export interface Scenario {
  /** Short and stable: the results JSON and the headline ratios refer to scenarios by id. */
  id: string;
  title: string;
  /** Scenarios compared with each other share a group and always run back to back. */
  group: string;
  connections: number;
  generator: 'wrk' | 'autocannon' | 'paced driver';
  /** Set for open-loop scenarios; they run at the end of their group, after their source. */
  pacing?: Pacing;
  /** `shape.rate` is set (from `pacing`) for open-loop scenarios only. */
  run(shape: LoadShape): Promise<MeasuredRun>;
}
