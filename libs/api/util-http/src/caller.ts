import type { User } from '@brisk/shared-contracts';
import type { Response } from 'express';
import { unauthenticated } from './app-error.ts';

/** The authenticated user travels in `res.locals`, set by the session middleware the app mounts first. */
export type Caller = User;

export function setCaller(res: Response, caller: Caller): void {
  res.locals['caller'] = caller;
}

export function findCaller(res: Response): Caller | undefined {
  return res.locals['caller'] as Caller | undefined;
}

export function requireCaller(res: Response): Caller {
  const caller = findCaller(res);
  if (!caller) throw unauthenticated();
  return caller;
}
