import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import onHeaders from 'on-headers';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { runWithRequestContext } from './request-context.ts';
import { RequestTiming } from './request-timing.ts';

const acceptableRequestId = /^[\w.:-]{1,128}$/;

/**
 * The level of a request's log line: errors and 5xx at error; a response closed before it was complete (the client gave
 * up, or its socket died) at warn, so it shows in production logs, where info is usually off; the rest at info.
 */
export function requestLogLevel(res: { statusCode: number; writableEnded: boolean }, error: unknown): 'error' | 'warn' | 'info' {
  if (error || res.statusCode >= 500) return 'error';
  return res.writableEnded ? 'info' : 'warn';
}

/**
 * Server-Timing on every API response, and a request id from `x-request-id` when it looks sane (else a new one), echoed back, logged with every line and kept in
 * AsyncLocalStorage for the rest of the request.
 */
export function createRequestLogging(logger: Logger): RequestHandler[] {
  const http = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && acceptableRequestId.test(incoming) ? incoming : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    customLogLevel: (_req, res, error) => requestLogLevel(res, error),
    serializers: { req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }) },
  });
  const context: RequestHandler = (req, res, next) => {
    const timing = new RequestTiming();
    onHeaders(res, () => res.setHeader('server-timing', timing.toServerTiming()));
    runWithRequestContext({ requestId: String(req.id), logger: req.log, timing }, next);
  };
  return [http, context];
}
