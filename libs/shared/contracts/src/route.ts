import type { z } from 'zod';

/**
 * Who may call a route. `user`: any signed-in caller; `viewer` | `member` | `owner`: the least role the caller must hold
 * on the board the route's path points into (a non-member gets 404, as if the board did not exist).
 */
export type Access = 'public' | 'user' | 'viewer' | 'member' | 'owner';

export interface RouteContract<
  TParams extends z.ZodType = z.ZodType,
  TQuery extends z.ZodType = z.ZodType,
  TBody extends z.ZodType = z.ZodType,
  TResponse extends z.ZodType = z.ZodType,
> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express-style path, e.g. `/api/cards/:cardId`. */
  path: string;
  summary: string;
  access: Access;
  params?: TParams;
  query?: TQuery;
  body?: TBody;
  status: 200 | 201 | 204;
  response?: TResponse;
}

export function defineRoute<
  TParams extends z.ZodType,
  TQuery extends z.ZodType,
  TBody extends z.ZodType,
  TResponse extends z.ZodType,
>(route: RouteContract<TParams, TQuery, TBody, TResponse>): RouteContract<TParams, TQuery, TBody, TResponse> {
  return route;
}
