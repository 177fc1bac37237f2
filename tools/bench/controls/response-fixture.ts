import { readFileSync, writeFileSync } from 'node:fs';

/** One real response of the API, bytes and headers as they came off the wire, for the controls to replay. */
export interface ResponseFixture {
  status: number;
  /** Raw header pairs in the order the API sent them. */
  headers: [string, string][];
  body: Buffer;
}

/** Per-connection or per-response framing each server writes for itself. */
const framingHeaders = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length']);

export function writeFixture(file: string, fixture: ResponseFixture): void {
  writeFileSync(file, JSON.stringify({ status: fixture.status, headers: fixture.headers, body: fixture.body.toString('base64') }));
}

export function readFixture(file: string): ResponseFixture {
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { status: number; headers: [string, string][]; body: string };
  return { status: stored.status, headers: stored.headers, body: Buffer.from(stored.body, 'base64') };
}

/** The headers a control sends: the API's own, minus framing, which each server (and Node) sets itself. */
export function replayHeaders(fixture: ResponseFixture): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of fixture.headers) {
    const key = name.toLowerCase();
    if (framingHeaders.has(key)) continue;
    const previous = headers[key];
    headers[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return headers;
}
