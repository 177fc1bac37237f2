/**
 * What the page probes expose as `window.__briskBench`, shared by the script bundled into the page and the bench that
 * drives it. Times are the page's clock (`performance.now()`, ms since navigation start), so page and entries agree.
 */

/** What the bench waits for; columns and cards are found only by role and name (find-cards.ts). */
export type Condition =
  | { kind: 'first-card'; column: string }
  | { kind: 'card-count'; count: number }
  | { kind: 'dragging' }
  | { kind: 'not-dragging' }
  | { kind: 'dropped'; column: string; title: string }
  | { kind: 'dialog' }
  | { kind: 'no-dialog' };

/** The input event a wall time runs from: the last one of this type before the condition held. */
export type Trigger = 'navigation' | 'keydown' | 'pointermove' | 'pointerup';

export interface Settled {
  /** When the triggering input happened (0 for a navigation). */
  inputAt: number;
  /** When a DOM change first made the condition hold. */
  metAt: number;
  /** When a task posted from the next animation frame ran: the change is painted and the main thread is back. */
  settledAt: number;
}

/** An Event Timing or long task entry. */
export interface TimedEntry {
  name: string;
  startTime: number;
  duration: number;
}

/** The viewport box of the scrolling element, to put the wheel over it. */
export interface ScrollerBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ScrollRecord {
  startedAt: number;
  endedAt: number;
  /** rAF timestamps while it scrolled. */
  frames: number[];
  /** scrollTop at the end over the scroll range at the end: 1 is the bottom. */
  reached: number;
}

export interface ProbeApi {
  /** Starts watching for `condition` before the input that should bring it about; returns the page time. */
  arm(condition: Condition, trigger: Trigger): number;
  settled(timeoutMs: number): Promise<Settled>;
  /** Resolves once the DOM has not changed for `quietMs` (animations ending, late renders), at most `timeoutMs`. */
  quiet(quietMs: number, timeoutMs: number): Promise<void>;
  /** Every event entry so far, after giving the browser time to report the last interaction's. */
  eventEntries(): Promise<TimedEntry[]>;
  longTasks(): TimedEntry[];
  domElements(): number;
  findScroller(column: string): ScrollerBox | null;
  /** The scroller's scrollTop and scroll range now (a list that lays its rows out as they come into view grows). */
  scrollPosition(): { top: number; range: number };
  startScrollRecord(): void;
  /** Waits until the scroller has stopped moving, then stops recording frames. */
  stopScrollRecord(timeoutMs: number): Promise<ScrollRecord>;
}

declare global {
  interface Window {
    __briskBench: ProbeApi;
  }
}
