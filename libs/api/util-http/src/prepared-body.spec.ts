import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { prepareBody, preparedBodyCodec } from './prepared-body.ts';

describe('prepareBody', () => {
  const value = { board: { id: 'b1', name: 'Ünïcödé board' }, columns: Array.from({ length: 50 }, (_, i) => ({ i })) };

  it('when a value is prepared, then every encoding decodes to the same JSON and the ETag is strong and stable', () => {
    const body = prepareBody(value);

    expect(JSON.parse(body.json.toString())).toEqual(value);
    expect(brotliDecompressSync(body.br)).toEqual(body.json);
    expect(gunzipSync(body.gzip)).toEqual(body.json);
    expect(body.etag).toMatch(/^"[\w-]{27}"$/);
    expect(prepareBody(value).etag).toBe(body.etag);
    expect(prepareBody({ ...value, extra: 1 }).etag).not.toBe(body.etag);
  });

  it('when a prepared body goes through the cache codec, then it comes back byte for byte', () => {
    const body = prepareBody(value);

    const encoded = preparedBodyCodec.encode(body);
    const copy = preparedBodyCodec.decode(encoded);

    expect([copy.br, copy.gzip, copy.etag, copy.json]).toEqual([body.br, body.gzip, body.etag, body.json]);
    expect(encoded.length).toBeLessThan(body.br.length + body.gzip.length + 64);
    expect(preparedBodyCodec.sizeOf(body)).toBeGreaterThan(body.json.length);
  });
});
