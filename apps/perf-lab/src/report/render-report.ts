import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Summary } from '../analysis/summary-schema.ts';
import { workspacePaths } from '../workspace-paths.ts';
import type { Chart } from './chart-data.ts';
import { embedJson, escapeHtml } from './escape-html.ts';
import { formatBytes, formatDuration, formatMs, formatNumber, formatPercent } from './format-figures.ts';
import { reportScript } from './report-script.ts';
import { renderEndpointTable, renderEndurance, renderPhaseTable, renderSloTable } from './render-tables.ts';

const styles = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px auto; max-width: 1200px; padding: 0 16px; color: #111827; }
h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 17px; margin-top: 28px; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid #e5e7eb; padding: 4px 8px; text-align: right; }
th:first-child, td:first-child { text-align: left; }
.badge { border-radius: 4px; padding: 1px 8px; font-weight: 600; }
.pass { background: #dcfce7; color: #166534; } .fail { background: #fee2e2; color: #991b1b; }
.invalid { background: #fef3c7; color: #92400e; border: 1px solid #f59e0b; padding: 8px 12px; border-radius: 6px; }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 2px 24px; }
.chart { margin: 12px 0; }
`;

const verdictText = { pass: 'PASS', 'slo-breach': 'SLO BREACH', invalid: 'INVALID RUN' } as const;

function readUplot(): { js: string; css: string } {
  return {
    // A literal "</script" inside the library would end the element early.
    js: readFileSync(path.join(workspacePaths.uplotDir, 'uPlot.iife.min.js'), 'utf8').replace(/<\/script/gi, '<\\/script'),
    css: readFileSync(path.join(workspacePaths.uplotDir, 'uPlot.min.css'), 'utf8'),
  };
}

function renderFacts(summary: Summary): string {
  const { load, generator, server, target, machine, seed } = summary;
  const facts: [string, string][] = [
    ['started', summary.startedAt],
    ['duration', formatDuration(summary.durationSeconds)],
    ['target', `${target.origin} (${target.database}${target.redis ? ' + Redis' : ''}${target.startedByPerfLab ? ', started by perf-lab' : ''})`],
    ['seed', `${seed.users} users${seed.boards ? `, ${seed.boards} boards × ${seed.cardsPerBoard} cards` : ''}`],
    ['requests', `${load.requests} (${formatNumber(load.requestsPerSecond, 1)} req/s)`],
    ['failed', `${load.failed} (${formatPercent(load.errorPercent, 2)})`],
    ['409 conflicts (expected)', String(load.conflicts)],
    ['virtual users', `${load.vusersCreated} created, ${load.vusersFailed} failed, max ${formatNumber(load.maxActiveUsers, 0)} active`],
    ['generator CPU', `mean ${formatPercent(generator.cpuMeanPercent, 0)}, max ${formatPercent(generator.cpuMaxPercent, 0)}, ${formatPercent(generator.shareOverLimit * 100, 0)} of samples over 80%`],
    ['server CPU (mean)', formatPercent(server?.cpuMeanPercent, 0)],
    ['whole machine CPU (mean)', `${formatPercent(generator.hostCpuMeanPercent, 0)} of ${machine.cores * 100}%`],
    ['server RSS / heap (max)', `${formatBytes(server?.rssMaxBytes)} / ${formatBytes(server?.heapUsedMaxBytes)}`],
    ['event-loop delay p99 (max)', formatMs(server?.eventLoopP99MaxMs)],
    ['SQL statements per request', formatNumber(server?.dbStatementsPerRequest, 2)],
    ['cache hit ratio', formatPercent(server?.cacheHitPercent, 0)],
    ['machine', `${machine.cores} cores, ${machine.cpuModel}, Node ${machine.node}, Artillery ${machine.artillery}`],
    ['Artillery exit code', summary.artilleryExitCode === undefined ? '–' : String(summary.artilleryExitCode)],
  ];
  return `<div class="facts">${facts.map(([name, value]) => `<div><b>${escapeHtml(name)}:</b> ${escapeHtml(value)}</div>`).join('')}</div>`;
}

function renderInvalid(summary: Summary): string {
  if (summary.valid) return '';
  const reasons = summary.invalidReasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('');
  return `<div class="invalid"><b>This run is invalid: its figures measure the test rig, not Brisk.</b><ul>${reasons}</ul></div>`;
}

export interface PageParts {
  title: string;
  /** HTML of the first heading's contents. */
  heading: string;
  /** HTML between the heading and the charts. */
  body: string;
  chartsHeading: string;
  charts: Chart[];
}

/** A self-contained page (uPlot and the data inline) that opens from disk with no network. */
export function renderPage(parts: PageParts): string {
  const uplot = readUplot();
  const chartDivs = parts.charts.map((chart) => `<div class="chart" id="chart-${chart.id}"></div>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)}</title>
<style>${uplot.css}</style>
<style>${styles}</style>
</head>
<body>
<h1>${parts.heading}</h1>
${parts.body}
<h2>${escapeHtml(parts.chartsHeading)}</h2>
${chartDivs}
<script id="run-data" type="application/json">${embedJson({ charts: parts.charts })}</script>
<script>${uplot.js}</script>
<script>${reportScript}</script>
</body>
</html>
`;
}

/** report.html of a run: facts, objectives, requests, phases, and the run over time. */
export function renderReport(summary: Summary, charts: Chart[]): string {
  const verdictClass = summary.verdict === 'pass' ? 'pass' : 'fail';
  const endurance = summary.endurance ? `<h2>Endurance</h2>${renderEndurance(summary)}` : '';
  return renderPage({
    title: `Brisk perf-lab: ${summary.runId}`,
    heading: `Brisk perf-lab — ${escapeHtml(summary.scenario)} <span class="badge ${verdictClass}">${verdictText[summary.verdict]}</span>`,
    body: `<p>${escapeHtml(summary.runId)}</p>
${renderInvalid(summary)}
${renderFacts(summary)}
<h2>Service level objectives</h2>
${renderSloTable(summary)}
${endurance}
<h2>Requests</h2>
${renderEndpointTable(summary)}
<h2>Phases</h2>
${renderPhaseTable(summary)}`,
    chartsHeading: 'Over time',
    charts,
  });
}
