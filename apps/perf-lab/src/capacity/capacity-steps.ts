import type { Phase } from '../scenarios/phases.ts';

export interface CapacityStepOptions {
  startUsers: number;
  stepUsers: number;
  maxUsers: number;
  stepSeconds: number;
}

/**
 * The stepped load: each step raises the cap on concurrent virtual users and holds it. New users arrive fast enough to
 * fill a step within its first third (each logs in once, which costs the server a password hash), so the second half
 * of every step is steady load at that many users: the half capacity judges.
 */
export function planCapacitySteps(options: CapacityStepOptions): Phase[] {
  const arrivalRate = Math.ceil(Math.max(options.startUsers, options.stepUsers) / (options.stepSeconds / 3));
  const phases: Phase[] = [];
  for (let users = options.startUsers; users <= options.maxUsers; users += options.stepUsers) {
    phases.push({ name: `${users} users`, duration: options.stepSeconds, arrivalRate, maxVusers: users });
  }
  return phases;
}
