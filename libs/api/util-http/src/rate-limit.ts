import type { RequestHandler } from 'express';
import { AppError } from './app-error.ts';

export interface RateLimitCheck {
  consume(key: string): Promise<{ allowed: boolean; retryAfterSeconds: number }>;
}

/** 429 RATE_LIMITED with Retry-After once the caller's key has spent its budget. */
export function rateLimit(limiter: RateLimitCheck, keyOf: (req: Parameters<RequestHandler>[0]) => string): RequestHandler {
  return async (req, res, next) => {
    const verdict = await limiter.consume(keyOf(req));
    if (verdict.allowed) return next();
    res.setHeader('retry-after', String(verdict.retryAfterSeconds));
    throw new AppError('Too many attempts; try again shortly', {
      status: 429,
      code: 'RATE_LIMITED',
      details: { retryAfterSeconds: verdict.retryAfterSeconds },
    });
  };
}
