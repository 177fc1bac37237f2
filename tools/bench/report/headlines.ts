import type { MeasuredRun } from '../load/measured-run.ts';
import type { RoundOutcome } from '../rounds/run-rounds.ts';
import { isNoisy, spreadOf, type Spread } from '@brisk/shared-util-lab';
import { isValidRun, type ScenarioSummary } from './summarize.ts';

export type Verdict = 'PASS' | 'MISS' | 'INVALID' | 'NO DATA' | 'INFO';

export interface Headline {
  label: string;
  unit: '×' | 'ms';
  value: Spread | null;
  target: { comparison: '>=' | '<='; value: number } | null;
  verdict: Verdict;
  noisy: boolean;
  note: string;
}

type Metric = (run: MeasuredRun) => number | null;
const rps: Metric = (run) => run.requestsPerSecond;
const p50: Metric = (run) => run.latencyMs.p50;
const p95: Metric = (run) => run.latencyMs.p95;
const p99: Metric = (run) => run.latencyMs.p99;

interface Definition {
  label: string;
  unit: Headline['unit'];
  /** One scenario: its value per round; two: combined round by round (paired, as they ran back to back). */
  ids: [string] | [string, string];
  combine?: (a: number, b: number) => number;
  metric: Metric;
  measures: 'throughput' | 'latency';
  target: Headline['target'];
}

const ratio = (a: number, b: number) => a / b;
const difference = (a: number, b: number) => a - b;
const atLeast = (value: number) => ({ comparison: '>=' as const, value });
const atMost = (value: number) => ({ comparison: '<=' as const, value });

function throughputRatio(label: string, ids: [string, string], target: Definition['target']): Definition {
  return { label, unit: '×', ids, combine: ratio, metric: rps, measures: 'throughput', target };
}

function latencyOf(label: string, id: string, metric: Metric, target: Definition['target']): Definition {
  return { label, unit: 'ms', ids: [id], metric, measures: 'latency', target };
}

function latencyRatio(label: string, ids: [string, string], metric: Metric): Definition {
  return { label, unit: '×', ids, combine: ratio, metric, measures: 'latency', target: null };
}

/**
 * Latency targets are judged on the open-loop scenarios (a fixed rate below saturation): in a closed loop at 100
 * connections, latency is 100 / throughput and says nothing about service time. Throughput ratios stay closed-loop.
 */
const definitions: Definition[] = [
  throughputRatio('A/D cached board vs Express constant (req/s)', ['A', 'D'], atLeast(0.8)),
  throughputRatio('A/B cache on vs off (req/s)', ['A', 'B'], atLeast(5)),
  throughputRatio('D/C Express vs node:http (req/s)', ['D', 'C'], atLeast(0.5)),
  {
    label: 'E L2 hit − L1 hit (p50, 1 connection)',
    unit: 'ms',
    ids: ['E-L2', 'E-L1'],
    combine: difference,
    metric: p50,
    measures: 'latency',
    target: atMost(0.5),
  },
  latencyOf('F search p95, open loop (100k cards, 10 connections)', 'F-open', p95, atMost(50)),
  latencyRatio('F search p95 vs plain pg, open loop at the same rate', ['F-open', 'F-pg-open'], p95),
  latencyOf('F search p95, closed loop (saturation, 10 connections)', 'F', p95, null),
  throughputRatio('F search vs plain pg (req/s, saturation)', ['F', 'F-pg'], null),
  latencyOf('G card GET p99, open loop (100 connections)', 'G-read-open', p99, atMost(25)),
  latencyRatio('G card GET p99 vs plain pg, open loop at the same rate', ['G-read-open', 'G-read-pg-open'], p99),
  throughputRatio('G card GET vs plain pg (req/s, saturation)', ['G-read', 'G-read-pg'], null),
  latencyOf('G card create p99, open loop (100 connections)', 'G-create-open', p99, atMost(40)),
  latencyOf('G card move p99, open loop (100 connections)', 'G-move-open', p99, atMost(40)),
];

interface Collected {
  values: number[];
  /** Rounds where every scenario involved ran, and how many of them had no generator-bound run. */
  rounds: number;
  validRounds: number;
  /** Too few valid rounds, but the values are a bound on the far side of the target (see isBound). */
  bound: boolean;
}

type RunsByRound = Map<number, MeasuredRun>[];

/**
 * A generator bottleneck only ever understates a server's throughput and overstates its latency. So a throughput ratio
 * whose denominator never hit one is a lower bound, and a single scenario's latency an upper bound: if such a bound
 * meets a ">=" or a "<=" target respectively, the true value does too.
 */
function isBound(definition: Definition, rounds: number[], byRound: RunsByRound): boolean {
  const comparison = definition.target?.comparison;
  if (definition.measures === 'latency') return definition.ids.length === 1 && comparison === '<=';
  const denominator = byRound[1];
  return comparison === '>=' && denominator !== undefined && rounds.every((round) => isValidRun(denominator.get(round)!));
}

/** Values per round; from the valid rounds when they are most of them, else from all rounds. */
function collect(definition: Definition, outcomes: Map<string, RoundOutcome[]>): Collected {
  const byRound: RunsByRound = definition.ids.map(
    (id) => new Map((outcomes.get(id) ?? []).flatMap((o) => (o.run ? [[o.round, o.run] as const] : []))),
  );
  const rounds = [...byRound[0]!.keys()].filter((round) => byRound.every((runs) => runs.has(round)));
  const valueOf = (round: number) => {
    const values = byRound.map((runs) => definition.metric(runs.get(round)!));
    if (values.some((value) => value === null)) return Number.NaN;
    return definition.combine ? definition.combine(values[0]!, values[1]!) : values[0]!;
  };
  const validRounds = rounds.filter((round) => byRound.every((runs) => isValidRun(runs.get(round)!)));
  const enough = validRounds.length * 2 > rounds.length;
  return {
    values: (enough ? validRounds : rounds).map(valueOf),
    rounds: rounds.length,
    validRounds: validRounds.length,
    bound: !enough && isBound(definition, rounds, byRound),
  };
}

/** A median of a minority of the rounds is no median: the verdict needs most rounds free of a generator bottleneck. */
function judge(value: Spread | null, definition: Definition, collected: Collected): Verdict {
  if (!value) return 'NO DATA';
  if (!definition.target) return collected.validRounds * 2 > collected.rounds ? 'INFO' : 'INVALID';
  const { comparison, value: goal } = definition.target;
  const met = comparison === '>=' ? value.median >= goal : value.median <= goal;
  if (collected.validRounds * 2 > collected.rounds) return met ? 'PASS' : 'MISS';
  return met && collected.bound ? 'PASS' : 'INVALID';
}

/** The rate an open-loop figure was measured at: the headline is meaningless without it. */
function rateNote(summary: ScenarioSummary): string[] {
  const open = summary.openLoop;
  if (!open?.targetRate) return [];
  const rate = Math.round(open.targetRate.median).toLocaleString('en-US');
  const range = open.targetRate.count > 1
    ? ` (${Math.round(open.targetRate.min).toLocaleString('en-US')}–${Math.round(open.targetRate.max).toLocaleString('en-US')})`
    : '';
  const runs = summary.rounds - summary.failedRounds;
  const late = open.onScheduleRounds < runs ? ` (timer lag p99 > 5 ms in ${runs - open.onScheduleRounds})` : '';
  return [`at ${rate}${range} req/s = ${Math.round(open.fraction * 100)}% of ${open.source}; rate kept ${open.keptRounds}/${runs}${late}`];
}

function noteFor(definition: Definition, collected: Collected, summaries: Map<string, ScenarioSummary>): string {
  const first = summaries.get(definition.ids[0]);
  const notes = (first ? rateNote(first) : []).concat(definition.ids.flatMap((id) => {
    const summary = summaries.get(id);
    if (!summary) return [`${id} did not run`];
    const failures = summary.non2xx + summary.socketErrors;
    return failures > 0 ? [`${id}: ${failures} failed requests (${summary.conflicts} × 409)`] : [];
  }));
  if (collected.validRounds < collected.rounds) {
    const bound = collected.bound ? ' (a bound: the bottleneck only works against the target)' : '';
    notes.unshift(`${collected.validRounds}/${collected.rounds} rounds without a generator bottleneck${bound}`);
  }
  return notes.join('; ');
}

export function computeHeadlines(outcomes: Map<string, RoundOutcome[]>, summaries: Map<string, ScenarioSummary>): Headline[] {
  return definitions.map((definition) => {
    const collected = collect(definition, outcomes);
    const value = spreadOf(collected.values);
    return {
      label: definition.label,
      unit: definition.unit,
      value,
      target: definition.target,
      verdict: judge(value, definition, collected),
      noisy: isNoisy(value, Math.max(Math.abs(value?.median ?? 0), definition.target?.value ?? 0)),
      note: noteFor(definition, collected, summaries),
    };
  });
}
