import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './pwa.config.ts';

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
// The API runs beside the dev server; the browser sees one origin, so the session cookie just works.
const proxy = { '/api': 'http://localhost:3000' };

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), VitePWA(pwaOptions)],
  resolve: { tsconfigPaths: true },
  build: {
    outDir: `${workspaceRoot}/dist/apps/web`,
    emptyOutDir: true,
    // The bundle budget (tools/bundle-budget) reads from it which chunks the app and the board route need.
    manifest: true,
    rolldownOptions: {
      // The shared contracts only declare zod schemas. Pages read plain values from them (`limits`), so declaring the
      // modules side-effect free keeps zod, and every schema nobody uses at runtime, out of the bundle.
      // The web UI library's components are side effect free too (its index is not: it loads the theme), so a page that
      // uses one component does not pull in every other (the virtual list, and TanStack Virtual with it, stay with the
      // board).
      treeshake: {
        moduleSideEffects: [
          { test: /libs\/shared\/contracts\//, sideEffects: false },
          { test: /libs\/web\/ui\/src\/.+\/.+\.tsx?$/, sideEffects: false },
        ],
      },
      output: {
        // Libraries change less often than the app: in chunks of their own they keep their hashes, and the browser
        // its cached copies, across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'react-router', test: /node_modules[\\/]react-router[\\/]/ },
            { name: 'tanstack-query', test: /node_modules[\\/]@tanstack[\\/](react-query|query-core)[\\/]/ },
            { name: 'dnd-kit', test: /node_modules[\\/]@dnd-kit[\\/]/ },
            // The app's own small shared modules in one chunk, not a dozen sub-kilobyte ones: on a slow phone each request
            // costs a round trip. The virtual list stays out, with TanStack Virtual, in the board's chunk.
            {
              name: 'ui',
              test: /libs[\\/](web[\\/]ui[\\/]src[\\/](?!virtual-list[\\/]|index\.ts)|web[\\/]data-access-api[\\/]|shared[\\/]contracts[\\/])/,
            },
          ],
        },
      },
    },
  },
  server: { proxy },
  preview: { proxy },
});
