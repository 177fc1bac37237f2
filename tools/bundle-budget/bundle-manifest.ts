/** The part of Vite's build manifest (`build.manifest`) the budget reads: each chunk and what it imports. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Static imports: the browser fetches them before the chunk runs. */
  imports?: string[];
  /** `import()`: fetched only when the code asks for them. */
  dynamicImports?: string[];
}

export type BundleManifest = Record<string, ManifestChunk>;

function chunkAt(manifest: BundleManifest, key: string): ManifestChunk {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the build manifest has no chunk "${key}"`);
  return chunk;
}

/** The chunks at `keys` and everything they import statically, transitively, as manifest keys. */
export function staticClosure(manifest: BundleManifest, keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...keys];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (seen.has(key)) continue;
    seen.add(key);
    pending.push(...(chunkAt(manifest, key).imports ?? []));
  }
  return seen;
}

/** The key of the chunk built from `src` (a path as the manifest writes it: relative to Vite's root). */
export function keyOfSource(manifest: BundleManifest, src: string): string {
  const key = Object.keys(manifest).find((candidate) => manifest[candidate]?.src === src);
  if (key === undefined) throw new Error(`the build manifest has no chunk built from ${src}`);
  return key;
}
