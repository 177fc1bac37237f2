import type { Slo } from '@brisk/shared-contracts';
import type { ArtilleryReport } from '../artillery/artillery-report.ts';
import type { RunRecord } from '../run/run-record.ts';
import type { GeneratorSample } from '../sampling/generator-sampler.ts';
import type { LatencySample } from '../sampling/latency-sample.ts';
import type { ServerSample } from '../sampling/server-metrics.ts';

/** Everything a run leaves in its directory, read back: the input of the summary and of the report. */
export interface RunData {
  record: RunRecord;
  report: ArtilleryReport;
  latency: LatencySample[];
  server: { samples: ServerSample[]; failedScrapes: number } | null;
  generator: GeneratorSample[];
  objectives: Slo;
}

/** The run's clock: from the first phase Artillery started to the last thing it measured. */
export function findRunSpan(data: RunData): { startAt: number; endAt: number } {
  const firstPhase = data.record.phaseEvents.find((event) => event.kind === 'started')?.at;
  const startAt = firstPhase ?? data.latency[0]?.at ?? data.report.aggregate.firstMetricAt ?? Date.parse(data.record.startedAt);
  const lastSample = data.latency.at(-1)?.at ?? startAt;
  const endAt = Math.max(lastSample, data.report.aggregate.lastMetricAt ?? startAt, startAt + 1_000);
  return { startAt, endAt };
}
