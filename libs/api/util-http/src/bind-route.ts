import type { RouteContract } from '@brisk/shared-contracts';
import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import { AppError, unauthenticated } from './app-error.ts';
import { findCaller, type Caller } from './caller.ts';
import { PreparedBody } from './prepared-body.ts';
import { sendJson } from './send-json.ts';
import { sendPreparedBody } from './send-prepared-body.ts';
import { parseOrThrow } from './validate.ts';

type Infer<T> = NonNullable<T> extends z.ZodType ? z.infer<NonNullable<T>> : undefined;

export interface RouteInput<C extends RouteContract> {
  params: Infer<C['params']>;
  query: Infer<C['query']>;
  body: Infer<C['body']>;
}

export interface RouteContext<TCaller> {
  req: Request;
  res: Response;
  caller: TCaller;
}

type Handler<C extends RouteContract, TCaller> = (
  input: RouteInput<C>,
  context: RouteContext<TCaller>,
) => Promise<Infer<C['response']> | PreparedBody | void>;

function hasBody(req: Request): boolean {
  return Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
}

function parseInput<C extends RouteContract>(route: C, req: Request): RouteInput<C> {
  if (route.body && hasBody(req) && !req.is('application/json')) {
    throw new AppError('Send the body as application/json', { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  }
  const parse = (schema: z.ZodType | undefined, value: unknown, where: string) =>
    schema ? parseOrThrow(schema, value, where) : undefined;
  return {
    params: parse(route.params, req.params, 'path'),
    query: parse(route.query, req.query, 'query'),
    body: parse(route.body, req.body, 'body'),
  } as RouteInput<C>;
}

function bind<C extends RouteContract, TCaller>(
  router: Router,
  route: C,
  resolveCaller: (res: Response) => TCaller,
  handler: Handler<C, TCaller>,
): void {
  router[route.method](route.path, async (req: Request, res: Response) => {
    const caller = resolveCaller(res);
    const result = await handler(parseInput(route, req), { req, res, caller });
    if (result instanceof PreparedBody) {
      sendPreparedBody(req, res, result, route.status);
    } else if (route.status === 204) {
      res.status(204).end();
    } else {
      await sendJson(req, res, result, route.status);
    }
  });
}

/**
 * Binds a contract route: checks that the caller is signed in (unless the route is public), validates path, query
 * and body with the contract's schemas, and sends the handler's result with the contract's status. Nothing else.
 */
export function bindRoute<C extends RouteContract>(router: Router, route: C, handler: Handler<C, Caller>): void {
  if (route.access === 'public') throw new Error(`${route.path} is public: bind it with bindPublicRoute`);
  bind(
    router,
    route,
    (res) => {
      const caller = findCaller(res);
      if (!caller) throw unauthenticated();
      return caller;
    },
    handler,
  );
}

export function bindPublicRoute<C extends RouteContract>(
  router: Router,
  route: C,
  handler: Handler<C, Caller | undefined>,
): void {
  bind(router, route, findCaller, handler);
}
