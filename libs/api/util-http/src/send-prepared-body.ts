import type { Request, Response } from 'express';
import type { PreparedBody } from './prepared-body.ts';

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.trim() === '*' || header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

/** Brotli whenever the client takes it (browsers list it last, not least), then gzip; no header means identity. */
export function chooseEncoding(req: Request): 'br' | 'gzip' | 'identity' {
  if (!req.headers['accept-encoding']) return 'identity';
  if (req.acceptsEncodings('br')) return 'br';
  return req.acceptsEncodings('gzip') ? 'gzip' : 'identity';
}

/**
 * Sends a prepared body: 304 when the client's copy is current, else the best encoding the client accepts (brotli,
 * gzip, or the plain bytes for `identity`). Callers have checked authorization already: a 304 reveals nothing new.
 */
export function sendPreparedBody(req: Request, res: Response, body: PreparedBody, status: number): void {
  res.setHeader('vary', 'Accept-Encoding');
  res.setHeader('etag', body.etag);
  res.setHeader('cache-control', 'private, no-cache');
  if (matchesEtag(req.headers['if-none-match'], body.etag)) {
    res.status(304).end();
    return;
  }
  const encoding = chooseEncoding(req);
  const bytes = encoding === 'br' ? body.br : encoding === 'gzip' ? body.gzip : body.json;
  if (encoding === 'br' || encoding === 'gzip') res.setHeader('content-encoding', encoding);
  res.status(status).type('application/json').setHeader('content-length', bytes.length);
  res.end(bytes);
}
