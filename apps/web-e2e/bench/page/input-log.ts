import type { Trigger } from './probe-api.ts';

const logged = ['keydown', 'pointermove', 'pointerup'] as const;
let entries: { type: string; at: number }[] = [];

/** Records when inputs reach the page (capture phase, before the app's handlers), to time what they set off. */
export function startInputLog(): void {
  for (const type of logged) {
    window.addEventListener(type, (event) => entries.push({ type, at: event.timeStamp }), { capture: true, passive: true });
  }
}

export function clearInputLog(): void {
  entries = [];
}

/** The last input of `trigger`'s type at or before `time`: the one that set off what happened then. */
export function inputBefore(trigger: Trigger, time: number): number | undefined {
  if (trigger === 'navigation') return 0;
  return entries.findLast((entry) => entry.type === trigger && entry.at <= time)?.at;
}
