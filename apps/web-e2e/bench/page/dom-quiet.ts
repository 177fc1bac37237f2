import { sleep } from './next-frame.ts';

/** Resolves once no DOM change has happened for `quietMs` (a drop animation ending, a late render), at most `timeoutMs`. */
export async function domQuiet(quietMs: number, timeoutMs: number): Promise<void> {
  let lastChange = performance.now();
  const observer = new MutationObserver(() => (lastChange = performance.now()));
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const deadline = lastChange + timeoutMs;
  try {
    while (performance.now() - lastChange < quietMs && performance.now() < deadline) await sleep(50);
  } finally {
    observer.disconnect();
  }
}
