import type { BenchSettings } from '../bench-settings.ts';
import type { MachineFacts } from '@brisk/shared-util-lab';
import type { Headline } from './headlines.ts';
import type { Spread } from '@brisk/shared-util-lab';
import type { ScenarioSummary } from './summarize.ts';

export interface Report {
  command: string;
  settings: BenchSettings;
  machine: MachineFacts;
  complete: boolean;
  /** Name and version of every load generator the run used. */
  generators: Record<string, string>;
  scenarios: ScenarioSummary[];
  headlines: Headline[];
}

const integer = (value: number) => Math.round(value).toLocaleString('en-US');
const decimal = (digits: number) => (value: number) => value.toFixed(digits);

function formatSpread(spread: Spread | null, format: (value: number) => string): string {
  if (!spread) return '—';
  return spread.count > 1 ? `${format(spread.median)} (${format(spread.min)}–${format(spread.max)})` : format(spread.median);
}

function statusNote(summary: ScenarioSummary): string {
  const notes: string[] = [];
  if (summary.status === 'failed') notes.push('FAILED: no round completed');
  if (summary.status === 'invalid') notes.push('INVALID: generator > 80% CPU in every round');
  if (summary.status === 'partly invalid') notes.push(`${summary.rounds - summary.validRounds} round(s) generator-bound, left out`);
  if (summary.failedRounds > 0) notes.push(`${summary.failedRounds} round(s) failed`);
  if (summary.openLoop) {
    const runs = summary.rounds - summary.failedRounds;
    const open = summary.openLoop;
    notes.push(open.keptRounds === runs ? `rate kept ${runs}/${runs}` : `RATE NOT KEPT in ${runs - open.keptRounds}/${runs}`);
    const lag = open.timerLagP99Ms ? `timer lag p99 ≤ ${open.timerLagP99Ms.max.toFixed(1)} ms` : '';
    notes.push(open.onScheduleRounds === runs ? lag : `${lag}, > 5 ms in ${runs - open.onScheduleRounds}/${runs}`);
    if (open.waitedForConnection > 0) {
      notes.push(`${open.waitedForConnection} waited for a connection (max ${open.connectionWaitMaxMs.toFixed(0)} ms)`);
    }
  }
  if (summary.noisy) notes.push('noisy: rerun');
  return notes.filter(Boolean).join('; ') || 'ok';
}

function loadOf(summary: ScenarioSummary): string {
  const open = summary.openLoop;
  if (!open) return `${summary.generator === 'wrk' ? 'wrk -t1' : summary.generator}, closed`;
  const rate = open.targetRate ? ` = ${integer(open.targetRate.median)}/s` : '';
  return `paced, open: ${Math.round(open.fraction * 100)}% of ${open.source}${rate}`;
}

function scenarioRow(summary: ScenarioSummary): string {
  const ms = decimal(summary.latencyResolutionMs === 1 ? 0 : 2);
  const failures = `${summary.non2xx} / ${summary.conflicts} / ${summary.socketErrors}`;
  const cpu = summary.generatorCpu ? `${Math.round(summary.generatorCpu.max * 100)}%` : '—';
  return `| ${summary.id} | ${summary.title} | ${loadOf(summary)} | ${summary.connections} | ${formatSpread(summary.requestsPerSecond, integer)} | ${formatSpread(summary.p50, ms)} | ${formatSpread(summary.p95, ms)} | ${formatSpread(summary.p99, ms)} | ${failures} | ${cpu} | ${summary.validRounds}/${summary.rounds} | ${statusNote(summary)} |`;
}

function headlineRow(headline: Headline): string {
  const format = headline.unit === '×' ? (value: number) => `${value.toFixed(2)}×` : (value: number) => `${value.toFixed(2)} ms`;
  const target = headline.target ? `${headline.target.comparison} ${format(headline.target.value)}` : '—';
  const verdict = headline.noisy && headline.verdict !== 'INFO' ? `${headline.verdict} (noisy: rerun)` : headline.verdict;
  return `| ${headline.label} | ${formatSpread(headline.value, format)} | ${target} | **${verdict}** | ${headline.note} |`;
}

export function renderMarkdown(report: Report): string {
  const { settings, machine } = report;
  const load = `pipelining ${settings.pipelining}, ${settings.rounds} rounds × ${settings.roundSeconds} s after a ${settings.warmupSeconds} s warm-up, scenarios interleaved round-robin`;
  return [
    `## Brisk API benchmark (${settings.mode} mode)${report.complete ? '' : ' — INCOMPLETE: stopped early (deadline or signal)'}`,
    '',
    `\`${report.command}\` on ${machine.date}, commit ${machine.commit}`,
    `Machine: ${machine.cores} cores, ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}; 1-min load average ${machine.loadAverage.start.toFixed(2)} at start, ${machine.loadAverage.end?.toFixed(2) ?? '?'} at end`,
    `Load: ${load}. Medians with (min–max) over valid rounds; a round is invalid when the load generator used > 80% of a core.`,
    `Generators: ${Object.entries(report.generators).map(([name, version]) => `${name} ${version}`).join('; ')}. Closed loop: each connection sends when its last reply is in. Open loop: a fixed total rate (${Math.round(settings.openLoopFraction * 100)}% of the closed-loop source's req/s in the same round), latency timed from each request's slot in the schedule.`,
    '',
    '| Id | Scenario | Generator, loop | Conns | req/s | p50 ms | p95 ms | p99 ms | non-2xx / 409 / socket errors | Generator CPU (max) | Valid rounds | Status |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...report.scenarios.map(scenarioRow),
    '',
    '| Headline | Value, median (min–max) | Target | Verdict | Note |',
    '|---|---:|---:|---|---|',
    ...report.headlines.map(headlineRow),
    '',
  ].join('\n');
}
