import type { Page, Request } from '@playwright/test';

export interface RequestTracker {
  /** Resolves once no request has been in flight for 100 ms, at most `timeoutMs`. */
  quiet(timeoutMs: number): Promise<void>;
}

/** Connections meant to stay open (live updates) never finish, so they do not count as a request in flight. */
const longLived = new Set(['eventsource', 'websocket']);

/** Counts the page's requests in flight, so a measurement does not start while the last one's writes still travel. */
export function trackRequests(page: Page): RequestTracker {
  let inFlight = 0;
  let lastChange = Date.now();
  const change = (by: number) => (request: Request) => {
    if (longLived.has(request.resourceType())) return;
    inFlight += by;
    lastChange = Date.now();
  };
  page.on('request', change(1));
  page.on('requestfinished', change(-1));
  page.on('requestfailed', change(-1));
  return {
    async quiet(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (inFlight > 0 || Date.now() - lastChange < 100) {
        if (Date.now() > deadline) throw new Error(`${inFlight} request(s) still in flight after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}
