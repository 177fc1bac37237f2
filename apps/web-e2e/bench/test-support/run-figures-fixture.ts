import type { BoardRunFigures, LoadFigures, RunOutcome } from '../report/run-figures.ts';

const interaction = (slowestEventMs: number, wallMs: number) => ({ slowestEventMs, wallMs });

/** A board run whose figures all scale with `scale`, so medians and ratios are easy to predict. */
export function boardRun(round: number, scale = 1, warmup = false): RunOutcome<BoardRunFigures> {
  return {
    round,
    warmup,
    figures: {
      interactiveMs: 400 * scale,
      loadLongTasks: { count: 2, longestMs: 120 * scale },
      domElements: 1_000 * scale,
      heapMb: 10 * scale,
      keyboardPickup: interaction(24 * scale, 30 * scale),
      dragStart: interaction(40 * scale, 50 * scale),
      drop: interaction(48 * scale, 60 * scale),
      // Only a board four times the base blocks the main thread while dragging.
      dragLongTasks: { count: scale >= 4 ? 1 : 0, longestMs: scale >= 4 ? 80 : 0 },
      dialogOpen: interaction(56 * scale, 90 * scale),
      scroll: { frameP95Ms: 16.7, frameMaxMs: 33.4 * scale, longTasks: { count: 0, longestMs: 0 }, reached: 1 },
    },
  };
}

export function controlRun(round: number, interactiveMs: number, warmup = false): RunOutcome<LoadFigures> {
  return {
    round,
    warmup,
    figures: { interactiveMs, loadLongTasks: { count: 1, longestMs: 60 }, domElements: 20_000, heapMb: 2 },
  };
}

export const failedRun = (round: number, error: string): RunOutcome<never> => ({ round, warmup: false, error });
