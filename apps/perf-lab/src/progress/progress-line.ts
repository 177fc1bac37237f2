import { formatDuration } from '../report/format-figures.ts';

export interface ProgressState {
  scenario: string;
  phase: string;
  elapsedSeconds: number;
  totalSeconds: number;
  /** Over the last few seconds, not since the start: the line shows what is happening now. */
  requestsPerSecond: number;
  p95Ms: number | undefined;
  requests: number;
  failed: number;
  conflicts: number;
  generatorCpuPercent: number | undefined;
  serverCpuPercent: number | undefined;
}

export function formatProgressLine(state: ProgressState): string {
  const errorPercent = state.requests === 0 ? 0 : (state.failed / state.requests) * 100;
  const cpu = (percent: number | undefined) => (percent === undefined ? '–' : `${Math.round(percent)}%`);
  return [
    `[${state.scenario}] ${state.phase}`,
    `${formatDuration(state.elapsedSeconds)}/${formatDuration(state.totalSeconds)}`,
    `${state.requestsPerSecond.toFixed(1)} req/s`,
    `p95 ${state.p95Ms === undefined ? '–' : `${state.p95Ms.toFixed(1)} ms`}`,
    `errors ${state.failed} (${errorPercent.toFixed(2)}%)`,
    `409s ${state.conflicts}`,
    `cpu server ${cpu(state.serverCpuPercent)} generator ${cpu(state.generatorCpuPercent)}`,
  ].join(' | ');
}
