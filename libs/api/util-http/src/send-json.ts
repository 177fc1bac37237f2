import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Request, Response } from 'express';
import { chooseEncoding } from './send-prepared-body.ts';

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);
const threshold = 1024;

/**
 * A JSON response, compressed when it is over 1 KB and the client takes it, at the live-safe levels (brotli 4, gzip 6;
 * PERFORMANCE.md rule 6), off the event loop. Done here rather than by the `compression` middleware because that one
 * wraps every response, small or prepared, and cost a third of the throughput of a cached read.
 */
export async function sendJson(req: Request, res: Response, value: unknown, status: number): Promise<void> {
  const json = Buffer.from(JSON.stringify(value));
  const encoding = json.length >= threshold ? chooseEncoding(req) : 'identity';
  if (json.length >= threshold) res.setHeader('vary', 'Accept-Encoding');
  const bytes =
    encoding === 'br'
      ? await compressBrotli(json, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: json.length },
        })
      : encoding === 'gzip'
        ? await compressGzip(json, { level: 6 })
        : json;
  if (encoding !== 'identity') res.setHeader('content-encoding', encoding);
  res.status(status).type('application/json').setHeader('content-length', bytes.length);
  res.end(bytes);
}
