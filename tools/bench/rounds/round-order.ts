import type { Scenario } from './scenario.ts';

function rotate<T>(items: T[], by: number): T[] {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/**
 * Round-robin: each round starts one group further along, and within every group one scenario further along, so no
 * scenario always runs first or last, while the scenarios a ratio compares still run back to back, under the same
 * conditions of the shared machine.
 */
export function orderForRound(scenarios: Scenario[], round: number): Scenario[] {
  const groups = [...new Set(scenarios.map((scenario) => scenario.group))];
  return rotate(groups, round).flatMap((group) => rotate(scenarios.filter((scenario) => scenario.group === group), round));
}
