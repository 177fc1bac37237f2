import type { LoadShape, MeasuredRun } from '../load/measured-run.ts';

export interface Scenario {
  /** Short and stable: the results JSON and the headline ratios refer to scenarios by id. */
  id: string;
  title: string;
  /** Scenarios compared with each other share a group and always run back to back. */
  group: string;
  connections: number;
  generator: 'autocannon CLI' | 'load driver';
  run(shape: LoadShape): Promise<MeasuredRun>;
}
