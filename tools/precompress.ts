/**
 * Build-time compression of the SPA's static files: brotli at quality 11 and gzip at level 9 beside each file, so the
 * server sends the smallest bytes at no CPU cost per request (live responses use lower levels; PERFORMANCE.md rule 6).
 * Usage: node tools/precompress.ts dist/apps/web
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const compressible = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
const root = process.argv[2];
if (!root) throw new Error('usage: precompress.ts <dir>');

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (compressible.test(entry.name)) yield full;
  }
}

let [files, before, afterBrotli] = [0, 0, 0];
for (const file of filesUnder(root)) {
  const bytes = readFileSync(file);
  if (bytes.length < 512) continue;
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  files++;
  before += statSync(file).size;
  afterBrotli += br.length;
}
console.log(`precompressed ${files} files: ${(before / 1024).toFixed(1)} KiB -> ${(afterBrotli / 1024).toFixed(1)} KiB brotli`);
