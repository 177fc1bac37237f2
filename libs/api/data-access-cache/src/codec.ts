/** How a cached value becomes bytes for Redis and back. The in-process tier keeps the value itself. */
export interface CacheCodec<T> {
  encode(value: T): Buffer;
  decode(bytes: Buffer): T;
  /** Approximate in-memory size, for the byte-bounded in-process tier. */
  sizeOf(value: T): number;
}

export function jsonCodec<T>(): CacheCodec<T> {
  return {
    encode: (value) => Buffer.from(JSON.stringify(value)),
    decode: (bytes) => JSON.parse(bytes.toString('utf8')) as T,
    sizeOf: (value) => 2 * JSON.stringify(value).length + 64,
  };
}
