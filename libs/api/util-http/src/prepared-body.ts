import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * A JSON response serialized and compressed once, to be sent many times: brotli at quality 4 and gzip at level 6 are
 * the live-safe levels (PERFORMANCE.md rule 6); the strong ETag is a hash of the bytes, so it is the same everywhere.
 */
export class PreparedBody {
  constructor(
    readonly json: Buffer,
    readonly br: Buffer,
    readonly gzip: Buffer,
    readonly etag: string,
  ) {}
}

export function prepareBody(value: unknown): PreparedBody {
  const json = Buffer.from(JSON.stringify(value));
  return new PreparedBody(
    json,
    brotliCompressSync(json, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 4,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: json.length,
      },
    }),
    gzipSync(json, { level: 6 }),
    `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`,
  );
}

function frame(parts: Buffer[]): Buffer {
  const header = Buffer.alloc(4 * parts.length);
  parts.forEach((part, index) => header.writeUInt32BE(part.length, 4 * index));
  return Buffer.concat([header, ...parts]);
}

function unframe(bytes: Buffer, count: number): Buffer[] {
  let offset = 4 * count;
  return Array.from({ length: count }, (_, index) => {
    const length = bytes.readUInt32BE(4 * index);
    const part = bytes.subarray(offset, offset + length);
    offset += length;
    return part;
  });
}

/** Shape-compatible with the cache's codec: all three encodings travel together through Redis. */
export const preparedBodyCodec = {
  encode: (body: PreparedBody) => frame([body.json, body.br, body.gzip, Buffer.from(body.etag)]),
  decode: (bytes: Buffer) => {
    const [json, br, gzip, etag] = unframe(bytes, 4) as [Buffer, Buffer, Buffer, Buffer];
    return new PreparedBody(json, br, gzip, etag.toString());
  },
  sizeOf: (body: PreparedBody) => body.json.length + body.br.length + body.gzip.length + 128,
};
