import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';
import type { RequestTiming } from './request-timing.ts';

export interface RequestContext {
  requestId: string;
  logger: Logger;
  timing: RequestTiming;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
