import type { Chart } from '../report/chart-data.ts';
import { escapeHtml } from '../report/escape-html.ts';
import { formatMs, formatNumber, formatPercent } from '../report/format-figures.ts';
import { renderPage } from '../report/render-report.ts';
import type { CapacityResult } from './capacity-result.ts';
import type { CapacitySlo } from './capacity-slo.ts';
import { describeCapacity } from './describe-capacity.ts';

const orNull = (value: number | undefined) => (value === undefined ? null : value);

/** Latency and throughput against users, step by step, with the objective's limits and the knee marked. */
export function buildCapacityCharts(result: CapacityResult, slo: CapacitySlo): Chart[] {
  const steps = result.steps.filter((step) => !step.generatorBound);
  const x = steps.map((step) => step.users);
  const atKnee = (value: (step: CapacityResult['steps'][number]) => number | undefined) =>
    steps.map((step) => (step.index === result.knee?.index ? orNull(value(step)) : null));
  return [
    {
      id: 'capacity-latency',
      title: `Latency per step (second half of each), against the objective "${result.slo}"`,
      unit: 'ms',
      xLabel: 'concurrent users',
      x,
      series: [
        { label: 'p50', values: steps.map((step) => orNull(step.p50Ms)) },
        { label: 'p95', values: steps.map((step) => orNull(step.p95Ms)) },
        { label: 'p99', values: steps.map((step) => orNull(step.p99Ms)) },
        ...slo.latency.map(({ percentile, maxMs }) => ({ label: `limit p${percentile} ≤ ${maxMs} ms`, values: steps.map(() => maxMs) })),
        { label: 'knee (last step that held)', values: atKnee((step) => step.p95Ms), pointsOnly: true },
      ],
    },
    {
      id: 'capacity-throughput',
      title: 'Requests per second and errors per step',
      unit: 'req/s · %',
      xLabel: 'concurrent users',
      x,
      series: [
        { label: 'req/s', values: steps.map((step) => step.requestsPerSecond) },
        { label: 'errors %', values: steps.map((step) => step.errorPercent) },
        { label: 'knee (last step that held)', values: atKnee((step) => step.requestsPerSecond), pointsOnly: true },
      ],
    },
  ];
}

function renderStepTable(result: CapacityResult): string {
  const head = ['users', 'req/s', 'p50', 'p95', 'p99', 'errors', 'login p95', 'generator CPU max', 'verdict'];
  const rows = result.steps.map((step) => {
    const verdict = step.holds === true ? 'holds' : step.holds === false ? `breaks: ${step.reasons.join('; ')}` : step.reasons.join('; ');
    const cells = [
      String(step.users),
      formatNumber(step.requestsPerSecond, 1),
      formatMs(step.p50Ms),
      formatMs(step.p95Ms),
      formatMs(step.p99Ms),
      formatPercent(step.errorPercent, 2),
      formatMs(step.loginP95Ms),
      formatPercent(step.generatorCpuMaxPercent, 0),
      verdict,
    ];
    const style = step.index === result.knee?.index ? ' style="background:#dcfce7;font-weight:600"' : '';
    return `<tr${style}>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
  });
  return `<table><thead><tr>${head.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function renderCapacityReport(result: CapacityResult, slo: CapacitySlo, timeCharts: Chart[]): string {
  const found = result.outcome === 'knee' || result.outcome === 'held-to-max';
  const [headline, ...details] = describeCapacity(result);
  const { target, machine } = result;
  return renderPage({
    title: `Brisk perf-lab: ${result.runId}`,
    heading: `Brisk perf-lab — capacity <span class="badge ${found ? 'pass' : 'fail'}">${escapeHtml(result.outcome)}</span>`,
    body: `<p>${escapeHtml(result.runId)}</p>
<p><b>${escapeHtml(headline ?? '')}</b></p>
<div class="facts">
<div><b>objective:</b> ${escapeHtml(result.slo)}, judged on every request but ${escapeHtml(result.excludedRequests.join(', '))}</div>
<div><b>target:</b> ${escapeHtml(`${target.origin} (${target.database}${target.redis ? ' + Redis' : ''})`)}</div>
<div><b>machine:</b> ${escapeHtml(`${machine.cores} cores, ${machine.cpuModel}, Node ${machine.node}, Artillery ${machine.artillery}`)}</div>
<div><b>command:</b> ${escapeHtml(`perf-lab ${result.command.join(' ')}`)}</div>
<div><b>steps run:</b> ${result.steps.length}${result.endedEarly ? ' (the load ended before the last planned step)' : ', every planned step'}</div>
</div>
<h2>Steps</h2>
${renderStepTable(result)}
<p>${escapeHtml(details.at(-1) ?? '')}</p>`,
    chartsHeading: 'Capacity by step, then the run over time',
    charts: [...buildCapacityCharts(result, slo), ...timeCharts],
  });
}
