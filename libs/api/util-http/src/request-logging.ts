import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import onHeaders from 'on-headers';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { runWithRequestContext } from './request-context.ts';
import { RequestTiming } from './request-timing.ts';

const acceptableRequestId = /^[\w.:-]{1,128}$/;

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
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    serializers: { req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }) },
  });
  const context: RequestHandler = (req, res, next) => {
    const timing = new RequestTiming();
    onHeaders(res, () => res.setHeader('server-timing', timing.toServerTiming()));
    runWithRequestContext({ requestId: String(req.id), logger: req.log, timing }, next);
  };
  return [http, context];
}
