/**
 * The header the service worker adds to an answer it took from its copies because the network failed or was too slow
 * (its runtime caching in apps/web/pwa.config.ts repeats the name: that code is serialized into sw.js on its own).
 */
export const offlineCopyHeader = 'x-brisk-offline-copy';

const listeners = new Set<() => void>();
let requestsSent = 0;
let requestsSentAtLastMiss = 0;
let serverReached = true;

function setServerReached(reached: boolean): void {
  if (reached === serverReached) return;
  serverReached = reached;
  for (const listener of listeners) listener();
}

/** Told by the API client as a request goes out; the number it returns goes with the answer to `noteAnswer`. */
export function noteRequestSent(): number {
  return ++requestsSent;
}

/**
 * Told by the API client when a request got its answer: from the server itself, or not (a copy, or no answer at all).
 * Requests run side by side, so only a request sent after the last miss can show the server is back; an older one, late,
 * would hide the banner while the page shows a copy.
 */
export function noteAnswer(request: number, reachedServer: boolean): void {
  if (!reachedServer) requestsSentAtLastMiss = requestsSent;
  if (!reachedServer || request > requestsSentAtLastMiss) setServerReached(reachedServer);
}

/** The app works from copies: the browser knows it is offline, or the last answer did not come from the server. */
export function isOffline(): boolean {
  return navigator.onLine === false || !serverReached;
}

/** For `useSyncExternalStore`: the browser's online and offline events, and the API client's answers. */
export function subscribeToConnectivity(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}
