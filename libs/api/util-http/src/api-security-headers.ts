import type { RequestHandler } from 'express';

/**
 * The response headers that matter for a JSON API (OWASP REST security): no sniffing, never framed, no referrer, and a
 * policy that lets a response render nothing if it is ever opened as a page. Set in one call: the full helmet set is
 * for HTML documents and, applied per request, cost a quarter of a cached read's throughput.
 */
const headers = new Map([
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
  ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"],
  ['referrer-policy', 'no-referrer'],
  ['cross-origin-resource-policy', 'same-origin'],
]);

export const apiSecurityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeaders(headers);
  next();
};
