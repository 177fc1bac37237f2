import type { BenchSettings } from '../bench-settings.ts';

/** Where one run keeps its throw-away data and its logs, and what it may use. */
export interface LabContext {
  settings: BenchSettings;
  /** Temporary: SQLite files, the captured response. Removed by cleanup. */
  workDir: string;
  /** Kept with the results: every process's output. */
  logDir: string;
  runId: string;
  redisReachable: boolean;
}

/** Where a scenario sends its requests, with the headers every request carries. */
export interface HttpTarget {
  origin: string;
  headers: Record<string, string>;
}
