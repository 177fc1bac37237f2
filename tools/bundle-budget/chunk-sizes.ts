import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ChunkGroup } from './group-chunks.ts';

/** A file's bytes and those of its precompressed siblings; an encoding is missing where it did not make the file smaller. */
export interface ChunkSizes {
  raw: number;
  gzip?: number;
  brotli?: number;
}

export interface ChunkRow {
  file: string;
  group: ChunkGroup;
  sizes: ChunkSizes;
}

function sizeOf(file: string): number | undefined {
  return existsSync(file) ? statSync(file).size : undefined;
}

/** Reads the build's own .gz and .br files, so the figures are the bytes the server sends. */
export function readChunkSizes(outDir: string, file: string): ChunkSizes {
  const full = path.join(outDir, file);
  const raw = sizeOf(full);
  if (raw === undefined) throw new Error(`the build manifest names ${file}, which is not in ${outDir}`);
  return { raw, gzip: sizeOf(`${full}.gz`), brotli: sizeOf(`${full}.br`) };
}

/** What a brotli-accepting browser is sent: the .br file, or the file itself when it has none. */
export function sentBrotli(sizes: ChunkSizes): number {
  return sizes.brotli ?? sizes.raw;
}
