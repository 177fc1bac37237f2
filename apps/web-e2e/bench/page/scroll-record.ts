import { findRegion } from './find-cards.ts';
import { sleep } from './next-frame.ts';
import type { ScrollRecord, ScrollerBox } from './probe-api.ts';

let scroller: Element | undefined;
let recording: { startedAt: number; frames: number[]; stop: boolean } | undefined;

/** The column's card list scrolls on its own: the first element inside the region that can scroll vertically. */
export function findScroller(column: string): ScrollerBox | null {
  const region = findRegion(column);
  scroller = [...(region?.querySelectorAll('*') ?? [])].find((element) => {
    const { overflowY } = getComputedStyle(element);
    return (overflowY === 'auto' || overflowY === 'scroll') && element.scrollHeight > element.clientHeight;
  });
  if (!scroller) return null;
  const { x, y, width, height } = scroller.getBoundingClientRect();
  return { x, y, width, height };
}

function requireScroller(): Element {
  if (!scroller) throw new Error('no scroller was found');
  return scroller;
}

export function scrollPosition(): { top: number; range: number } {
  const element = requireScroller();
  return { top: element.scrollTop, range: element.scrollHeight - element.clientHeight };
}

export function startScrollRecord(): void {
  const record = { startedAt: performance.now(), frames: [] as number[], stop: false };
  const onFrame = (time: number) => {
    if (record.stop) return;
    record.frames.push(time);
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  recording = record;
}

/** Stopped once scrollTop has held still for 300 ms: wheel scrolling animates on after the last wheel event. */
export async function stopScrollRecord(timeoutMs: number): Promise<ScrollRecord> {
  const record = recording;
  const element = requireScroller();
  if (!record) throw new Error('no scroll is being recorded');
  const deadline = performance.now() + timeoutMs;
  let still = 0;
  let last = element.scrollTop;
  while (still < 3 && performance.now() < deadline) {
    await sleep(100);
    still = element.scrollTop === last ? still + 1 : 0;
    last = element.scrollTop;
  }
  record.stop = true;
  const endedAt = performance.now();
  const { top, range } = scrollPosition();
  return { startedAt: record.startedAt, endedAt, frames: record.frames, reached: range > 0 ? top / range : 1 };
}
