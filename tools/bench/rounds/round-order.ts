import type { Scenario } from './scenario.ts';

function rotate<T>(items: T[], by: number): T[] {
  if (items.length === 0) return items;
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/**
 * Round-robin: each round starts one group further along, and within every group one scenario further along, so no
 * scenario always runs first or last, while the scenarios a ratio compares still run back to back, under the same
 * conditions of the shared machine. Open-loop scenarios (paced) rotate among themselves at the end of their group:
 * their rate comes from a closed-loop scenario of the group, which has run by then.
 */
export function orderForRound(scenarios: Scenario[], round: number): Scenario[] {
  const groups = [...new Set(scenarios.map((scenario) => scenario.group))];
  return rotate(groups, round).flatMap((group) => {
    const members = scenarios.filter((scenario) => scenario.group === group);
    return [...rotate(members.filter((scenario) => !scenario.pacing), round), ...rotate(members.filter((scenario) => scenario.pacing), round)];
  });
}
