/**
 * Control (c): the search and card-read statements the API runs, through plain `pg` behind bare node:http, with no
 * session, authorization, validation or cache: what the database alone costs for the same request.
 * Usage: node tools/bench/controls/pg-query-server.ts <port> <database-url> <user-id>
 */
import { createServer, type ServerResponse } from 'node:http';
import pg from 'pg';
import { findCard, searchCards } from './pg-card-queries.ts';

const [port, databaseUrl, userId] = process.argv.slice(2);
// The API's default DB_POOL_SIZE.
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function answer(url: URL): Promise<[number, unknown]> {
  if (url.pathname === '/health') return [200, { rows: (await pool.query('SELECT 1')).rowCount }];
  if (url.pathname === '/api/search') {
    const limit = Number(url.searchParams.get('limit') ?? 20);
    return [200, await searchCards(pool, userId!, url.searchParams.get('q') ?? '', limit)];
  }
  const cardId = /^\/api\/cards\/([0-9a-f-]{36})$/.exec(url.pathname)?.[1];
  const card = cardId ? await findCard(pool, cardId) : null;
  return card ? [200, { card }] : [404, { error: { code: 'NOT_FOUND' } }];
}

createServer((req, res) => {
  answer(new URL(req.url ?? '/', 'http://control')).then(
    ([status, value]) => sendJson(res, status, value),
    (error: unknown) => sendJson(res, 500, { error: { message: String(error) } }),
  );
}).listen(Number(port), '127.0.0.1');
