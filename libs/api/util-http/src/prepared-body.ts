import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';

/**
 * A JSON response serialized and compressed once, to be sent many times: brotli at quality 4 and gzip at level 6 are
 * the live-safe levels (PERFORMANCE.md rule 6); the strong ETag is a hash of the bytes, so it is the same everywhere.
 */
export class PreparedBody {
  constructor(
    readonly br: Buffer,
    readonly gzip: Buffer,
    readonly etag: string,
    private plain?: Buffer,
  ) {}

  /** The uncompressed bytes, rebuilt from gzip on first use when the body came from Redis without them. */
  get json(): Buffer {
    this.plain ??= gunzipSync(this.gzip);
    return this.plain;
  }
}

export function prepareBody(value: unknown): PreparedBody {
  const json = Buffer.from(JSON.stringify(value));
  return new PreparedBody(
    brotliCompressSync(json, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 4,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: json.length,
      },
    }),
    gzipSync(json, { level: 6 }),
    `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`,
    json,
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

/**
 * Shape-compatible with the cache's codec. Only the two encodings travel through Redis: the plain JSON is several
 * times their size and almost never sent (clients that take neither brotli nor gzip are rare), so an L2 hit moves a
 * fraction of the bytes and the plain body is rebuilt from gzip when one is needed.
 */
export const preparedBodyCodec = {
  encode: (body: PreparedBody) => frame([body.br, body.gzip, Buffer.from(body.etag)]),
  decode: (bytes: Buffer) => {
    const [br, gzip, etag] = unframe(bytes, 3) as [Buffer, Buffer, Buffer];
    return new PreparedBody(br, gzip, etag.toString());
  },
  sizeOf: (body: PreparedBody) => 2 * (body.br.length + body.gzip.length) + body.json.length + 128,
};
