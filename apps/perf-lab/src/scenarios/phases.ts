import { z } from 'zod';

export const PhaseSchema = z.looseObject({
  name: z.string(),
  duration: z.number().int().positive(),
  arrivalRate: z.number().min(0),
  rampTo: z.number().min(0).optional(),
  maxVusers: z.int().positive().optional(),
});
export type Phase = z.infer<typeof PhaseSchema>;

export function sumDurations(phases: readonly Phase[]): number {
  return phases.reduce((sum, phase) => sum + phase.duration, 0);
}

/**
 * `--duration` stretches or shrinks every phase by the same factor, so a shape keeps its form (a stress run still
 * climbs every step, a spike still spikes) at any length. Whole seconds, at least one each; the last phase takes the
 * rounding so the total is exactly what was asked.
 */
export function scalePhases(phases: readonly Phase[], totalSeconds: number): Phase[] {
  const factor = totalSeconds / sumDurations(phases);
  const scaled = phases.map((phase) => ({ ...phase, duration: Math.max(1, Math.round(phase.duration * factor)) }));
  const last = scaled.at(-1);
  if (last) last.duration = Math.max(1, last.duration + totalSeconds - sumDurations(scaled));
  return scaled;
}
