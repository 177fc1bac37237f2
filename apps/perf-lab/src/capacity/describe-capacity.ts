import { formatMs, formatPercent } from '../report/format-figures.ts';
import type { CapacityResult } from './capacity-result.ts';

type Step = CapacityResult['steps'][number];

function describeStep(step: Step): string {
  return `${step.users} users: ${step.requestsPerSecond.toFixed(1)} req/s, p95 ${formatMs(step.p95Ms)}, p99 ${formatMs(step.p99Ms)}, errors ${formatPercent(step.errorPercent, 2)}`;
}

/** The answer first, then each step as it was judged. */
export function describeCapacity(result: CapacityResult): string[] {
  const { knee, breaking } = result;
  const headline: Record<CapacityResult['outcome'], string> = {
    knee: `capacity for "${result.slo}": ${knee?.users} users, ${knee?.requestsPerSecond.toFixed(1)} req/s (the knee; ${breaking?.users} users broke it)`,
    'held-to-max': `capacity for "${result.slo}": at least ${knee?.users} users, ${knee?.requestsPerSecond.toFixed(1)} req/s: every step held; raise --max-users to find the knee`,
    'fails-at-first-step': `capacity for "${result.slo}": below ${breaking?.users} users: the first step already broke it; lower --start-users`,
    'generator-bound': `capacity for "${result.slo}": not found: the load generator saturated at ${breaking?.users} users${knee ? ` (${knee.users} users held)` : ''}; spread the load (Artillery run-fargate) or give it its own machine`,
    'not-judged': 'capacity: not found: no step could be judged (see below)',
  };
  return [
    headline[result.outcome],
    ...result.steps.map((step) => `  ${step.holds === true ? 'holds ' : step.holds === false ? 'BREAKS' : 'n/a   '} ${describeStep(step)}${step.reasons.length > 0 ? ` (${step.reasons.join('; ')})` : ''}`),
    `  judged on the second half of each step, every request but ${result.excludedRequests.join(', ')}`,
  ];
}
