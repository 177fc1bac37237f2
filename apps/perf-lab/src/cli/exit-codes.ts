/** What `npm run perf` exits with, so CI and scripts can tell a slow build from a broken rig. */
export const exitCodes = {
  pass: 0,
  sloBreach: 1,
  /** The generator was the bottleneck (or measured nothing): the figures say nothing about Brisk. */
  invalid: 2,
  /** The run could not be carried out: bad arguments, the API would not start, Artillery crashed. */
  error: 3,
} as const;

export function exitCodeOf(verdict: 'pass' | 'slo-breach' | 'invalid'): number {
  if (verdict === 'invalid') return exitCodes.invalid;
  return verdict === 'slo-breach' ? exitCodes.sloBreach : exitCodes.pass;
}
