import type { PhaseEvent } from '../artillery/phase-events.ts';
import type { Phase } from '../scenarios/phases.ts';

export interface PhaseWindow {
  index: number;
  name: string;
  /** Epoch ms. */
  startAt: number;
  endAt: number;
}

/**
 * When each phase ran, from Artillery's phase events; a phase whose events are missing (a run cut short) is placed
 * after the previous one for its planned duration.
 */
export function findPhaseWindows(planned: readonly Phase[], events: readonly PhaseEvent[], startAt: number): PhaseWindow[] {
  const at = (kind: PhaseEvent['kind'], index: number) => events.find((event) => event.kind === kind && event.index === index)?.at;
  let cursor = startAt;
  return planned.map((phase, index) => {
    const start = at('started', index) ?? cursor;
    const end = at('completed', index) ?? at('started', index + 1) ?? start + phase.duration * 1000;
    cursor = end;
    return { index, name: phase.name, startAt: start, endAt: end };
  });
}
