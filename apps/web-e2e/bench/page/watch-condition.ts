import { checkCondition } from './check-condition.ts';
import { clearInputLog, inputBefore } from './input-log.ts';
import { afterNextFrame } from './next-frame.ts';
import type { Condition, Settled, Trigger } from './probe-api.ts';

interface Watch {
  condition: Condition;
  trigger: Trigger;
  observer: MutationObserver;
  result: Promise<Settled>;
}

let current: Watch | undefined;

const describe = (condition: Condition) => JSON.stringify(condition);

/**
 * Watches the DOM for `condition` from now on. Armed before the input, so a change that lands while the bench is still
 * talking to the browser is not missed; checked on every mutation, so its time is the DOM change's, not a poll's.
 */
export function armWatch(condition: Condition, trigger: Trigger): number {
  current?.observer.disconnect();
  if (checkCondition(condition)) throw new Error(`already true before the input: ${describe(condition)}`);
  clearInputLog();
  let observer: MutationObserver | undefined;
  const result = new Promise<Settled>((resolve, reject) => {
    observer = new MutationObserver(() => {
      if (!checkCondition(condition)) return;
      const metAt = performance.now();
      observer?.disconnect();
      const inputAt = inputBefore(trigger, metAt);
      if (inputAt === undefined) return reject(new Error(`no ${trigger} before ${describe(condition)} held`));
      void afterNextFrame().then((settledAt) => resolve({ inputAt, metAt, settledAt }));
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-pressed', 'open'] });
  });
  // Read through settled(); until then a failure must not surface as an unhandled rejection.
  result.catch(() => undefined);
  current = { condition, trigger, observer: observer!, result };
  return performance.now();
}

export function settled(timeoutMs: number): Promise<Settled> {
  const watch = current;
  if (!watch) return Promise.reject(new Error('nothing was armed'));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      watch.observer.disconnect();
      reject(new Error(`not within ${timeoutMs} ms: ${describe(watch.condition)} after ${watch.trigger}`));
    }, timeoutMs);
    watch.result.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
