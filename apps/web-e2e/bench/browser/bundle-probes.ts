import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/**
 * The page probes as one classic script for `addInitScript`. Bundled with esbuild rather than handed over as functions:
 * tsx compiles this process with `keepNames`, whose `__name(...)` helper would not exist inside the page.
 */
export function bundleProbes(): string {
  const { outputFiles } = buildSync({
    entryPoints: [fileURLToPath(new URL('../page/install-probes.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2023',
    logLevel: 'silent',
  });
  return outputFiles[0]!.text;
}
