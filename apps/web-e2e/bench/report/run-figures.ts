/** What one run in a fresh browser context measured; slowest events are 0 when no event reached Event Timing's 16 ms. */
export interface LongTaskFigures {
  count: number;
  longestMs: number;
}

export interface InteractionFigures {
  /** The slowest Event Timing entry from the input until the result was painted. */
  slowestEventMs: number;
  /** From the triggering input until the result was in the DOM and the next frame had run. */
  wallMs: number;
}

export interface ScrollFigures {
  frameP95Ms: number;
  frameMaxMs: number;
  longTasks: LongTaskFigures;
  /** How far down the list the wheel got (1: the bottom). */
  reached: number;
}

/** What a page's load costs; all the control page is measured for. */
export interface LoadFigures {
  /** Navigation start until every card (control) or the first card (board) was in the DOM and the next frame had run. */
  interactiveMs: number;
  loadLongTasks: LongTaskFigures;
  domElements: number;
  heapMb: number;
}

export interface BoardRunFigures extends LoadFigures {
  keyboardPickup: InteractionFigures;
  dragStart: InteractionFigures;
  drop: InteractionFigures;
  dragLongTasks: LongTaskFigures;
  dialogOpen: InteractionFigures;
  scroll: ScrollFigures;
}

/** One run of one page: its figures, or why it could not measure. The warm-up run is kept apart from the medians. */
export interface RunOutcome<Figures> {
  round: number;
  warmup: boolean;
  figures?: Figures;
  error?: string;
}

export interface BenchRuns {
  small: RunOutcome<BoardRunFigures>[];
  large: RunOutcome<BoardRunFigures>[];
  control: RunOutcome<LoadFigures>[];
}
