/**
 * Build-time compression of the SPA's static files: brotli at quality 11 and gzip at level 9 beside each file, so the
 * server sends the smallest bytes at no CPU cost per request (live responses use lower levels; PERFORMANCE.md rule 6).
 * An encoding is kept only where it is smaller than the file: the server sends a .br or .gz whenever one exists, and
 * for a tiny file the encoded form can be larger (format overhead), which would cost bytes and a decompression for
 * nothing. Such a file is sent as it is, on purpose.
 * Usage: node tools/precompress.ts dist/apps/web
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const compressible = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
const root = process.argv[2];
if (!root) throw new Error('usage: precompress.ts <dir>');

/** `kept` counts the files an encoding made smaller; `sent` is what its clients get, encoded or not. */
const encodings = [
  {
    name: 'brotli',
    extension: 'br',
    encode: (bytes: Buffer) =>
      brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }),
    kept: 0,
    sent: 0,
  },
  { name: 'gzip', extension: 'gz', encode: (bytes: Buffer) => gzipSync(bytes, { level: 9 }), kept: 0, sent: 0 },
];

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // Dot folders (.vite, where the build manifest lives) are never served.
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (compressible.test(entry.name)) yield full;
  }
}

let [files, before] = [0, 0];
for (const file of filesUnder(root)) {
  const bytes = readFileSync(file);
  files++;
  before += bytes.length;
  for (const encoding of encodings) {
    const encoded = encoding.encode(bytes);
    const smaller = encoded.length < bytes.length;
    if (smaller) writeFileSync(`${file}.${encoding.extension}`, encoded);
    encoding.kept += smaller ? 1 : 0;
    encoding.sent += Math.min(encoded.length, bytes.length);
  }
}
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
console.log(
  `precompressed ${files} files of ${kb(before)} (KB = 1,000 bytes): ` +
    encodings.map((encoding) => `${encoding.name} smaller for ${encoding.kept} (${kb(encoding.sent)} sent)`).join(', ') +
    '; the rest are sent as they are',
);
