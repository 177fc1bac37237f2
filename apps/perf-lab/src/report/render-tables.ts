import type { Summary } from '../analysis/summary-schema.ts';
import { escapeHtml } from './escape-html.ts';
import { formatMs, formatNumber, formatPercent } from './format-figures.ts';

type Verdict = Summary['slo']['verdicts'][number];

function table(headers: string[], rows: string[][]): string {
  const head = headers.map((header) => `<th>${escapeHtml(header)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function badge(passed: boolean, text = passed ? 'pass' : 'FAIL'): string {
  return `<span class="badge ${passed ? 'pass' : 'fail'}">${escapeHtml(text)}</span>`;
}

function formatObjective(verdict: Verdict, value: number | undefined): string {
  if (verdict.objective === 'p95' || verdict.objective === 'p99') return formatMs(value);
  if (verdict.objective === 'errors') return formatPercent(value, 2);
  return formatNumber(value, 3);
}

export function renderSloTable(summary: Summary): string {
  const rows = summary.slo.verdicts.map((verdict) => [
    escapeHtml(verdict.request),
    escapeHtml(verdict.group),
    verdict.objective,
    formatObjective(verdict, verdict.actual),
    `${verdict.bound === 'max' ? '≤' : '≥'} ${formatObjective(verdict, verdict.limit)}`,
    verdict.judged ? badge(verdict.passed) : '<span class="badge">too few requests</span>',
  ]);
  return table(['request', 'SLO group', 'objective', 'actual', 'objective value', 'verdict'], rows);
}

export function renderEndpointTable(summary: Summary): string {
  const rows = summary.endpoints.map((stats) => [
    escapeHtml(stats.request),
    String(stats.requests),
    formatNumber(stats.requestsPerSecond, 2),
    formatMs(stats.p50Ms),
    formatMs(stats.p95Ms),
    formatMs(stats.p99Ms),
    formatMs(stats.maxMs),
    formatMs(stats.serverP95Ms),
    `${stats.failed} (${formatPercent(stats.errorPercent, 2)})`,
    String(stats.conflicts),
    formatNumber(stats.apdex, 3),
  ]);
  const headers = ['request', 'requests', 'req/s', 'p50', 'p95', 'p99', 'max', 'server p95', 'failed', '409s', 'apdex'];
  return table(headers, rows);
}

export function renderPhaseTable(summary: Summary): string {
  const rows = summary.phases.map((phase) => [
    escapeHtml(phase.name),
    `${Math.round(phase.startSecond)}–${Math.round(phase.endSecond)} s`,
    formatNumber(phase.maxActiveUsers, 0),
    formatNumber(phase.requestsPerSecond, 1),
    formatMs(phase.all.p95Ms),
    formatMs(phase.all.p99Ms),
    String(phase.all.failed),
    String(phase.all.conflicts),
  ]);
  return table(['phase', 'when', 'max active users', 'req/s', 'p95', 'p99', 'failed', '409s'], rows);
}

export function renderEndurance(summary: Summary): string {
  const endurance = summary.endurance;
  if (!endurance) return '';
  if (!endurance.assessed) return `<p>Not assessed: ${escapeHtml(endurance.reason ?? '')}</p>`;
  const trends: [string, NonNullable<typeof endurance.rss> | undefined, (value: number) => string][] = [
    ['RSS', endurance.rss, (value) => `${(value / 1024 / 1024).toFixed(0)} MB`],
    ['heap used', endurance.heap, (value) => `${(value / 1024 / 1024).toFixed(0)} MB`],
    ['p99 latency', endurance.p99, (value) => formatMs(value)],
  ];
  const rows = trends.flatMap(([name, trend, format]) =>
    trend
      ? [[name, format(trend.start), format(trend.end), formatPercent(trend.changePercent), `≤ ${trend.limitPercent}%`, badge(trend.passed)]]
      : [],
  );
  const note = `<p>Fitted lines after ${Math.round(endurance.warmupSeconds)} s of warm-up: a leak or a drift is growth beyond the limit across the run.</p>`;
  return note + table(['trend', 'after warm-up', 'at the end', 'change', 'limit', 'verdict'], rows);
}
