import type { Summary } from '../analysis/summary-schema.ts';
import { formatDuration, formatMs, formatPercent } from '../report/format-figures.ts';

const verdictText = { pass: 'PASS', 'slo-breach': 'SLO BREACH', invalid: 'INVALID' } as const;

/** The lines a run ends with: the verdict, the headline figures, each broken objective, each reason for invalidity. */
export function describeSummary(summary: Summary): string[] {
  const { load, generator } = summary;
  const latencies = summary.endpoints.filter((stats) => stats.p95Ms !== undefined);
  const worst = latencies.toSorted((a, b) => b.p95Ms! - a.p95Ms!)[0];
  const judged = summary.slo.verdicts.filter((verdict) => verdict.judged);
  const passed = judged.filter((verdict) => verdict.passed).length;
  const lines = [
    `${summary.scenario}: ${verdictText[summary.verdict]} — ${formatDuration(summary.durationSeconds)}, ${load.requests} requests, ` +
      `${load.requestsPerSecond.toFixed(1)} req/s, failed ${load.failed} (${formatPercent(load.errorPercent, 2)}), 409s ${load.conflicts}, ` +
      `max ${load.maxActiveUsers ?? '–'} users, generator CPU max ${formatPercent(generator.cpuMaxPercent, 0)}, ` +
      `whole machine CPU mean ${formatPercent(generator.hostCpuMeanPercent, 0)} of ${summary.machine.cores * 100}%`,
    `  SLO: ${passed}/${judged.length} judged objectives met (${summary.slo.verdicts.length - judged.length} with too few requests)` +
      (worst ? `; slowest p95: ${worst.request} ${formatMs(worst.p95Ms)}` : ''),
  ];
  for (const verdict of summary.slo.verdicts.filter((candidate) => !candidate.passed)) {
    lines.push(`  breach: ${verdict.request} ${verdict.objective} = ${verdict.actual?.toFixed(3) ?? 'none'} (${verdict.bound === 'max' ? '≤' : '≥'} ${verdict.limit})`);
  }
  if (summary.endurance) {
    const { assessed, passed: endurancePassed, rss, heap, p99, reason } = summary.endurance;
    const trend = (name: string, value: typeof rss) => (value ? `${name} ${value.changePercent >= 0 ? '+' : ''}${value.changePercent.toFixed(1)}%` : '');
    lines.push(
      assessed
        ? `  endurance: ${endurancePassed ? 'no leak, no drift' : 'LEAK OR DRIFT'} (${[trend('RSS', rss), trend('heap', heap), trend('p99', p99)].filter(Boolean).join(', ')})`
        : `  endurance: not assessed, ${reason}`,
    );
  }
  for (const reason of summary.invalidReasons) lines.push(`  invalid: ${reason}`);
  return lines;
}
