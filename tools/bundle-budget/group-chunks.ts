import { staticClosure, type BundleManifest } from './bundle-manifest.ts';

export type ChunkGroup = 'initial' | 'board route' | 'other lazy';

export const groupOrder: readonly ChunkGroup[] = ['initial', 'board route', 'other lazy'];

/**
 * Every JavaScript file of the build in one group: `initial` is the entry and its static imports (fetched before the
 * app starts); `board route` is the board pages' chunks and their static imports that the initial set lacks (what
 * opening a board adds); `other lazy` is the rest.
 */
export function groupChunks(manifest: BundleManifest, entryKey: string, boardKeys: readonly string[]): Map<string, ChunkGroup> {
  const initial = staticClosure(manifest, [entryKey]);
  const boardRoute = staticClosure(manifest, boardKeys);
  const groups = new Map<string, ChunkGroup>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.file.endsWith('.js')) continue;
    groups.set(chunk.file, initial.has(key) ? 'initial' : boardRoute.has(key) ? 'board route' : 'other lazy');
  }
  return groups;
}
