import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

/**
 * The built SPA, sent precompressed (brotli, else gzip) when the client accepts it. Hashed files under /assets never
 * change, so browsers keep them for a year; index.html is always revalidated so a new release is picked up at once.
 * Any other non-API GET falls back to index.html (client-side routing).
 */
export function createWebStaticRouter(webDir: string): Router | null {
  const indexFile = path.join(webDir, 'index.html');
  if (!existsSync(indexFile)) return null;
  const assetsDir = path.join(webDir, 'assets') + path.sep;
  const router = express.Router();
  router.use(
    expressStaticGzip(webDir, {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: {
        setHeaders: (res, filePath) => {
          const hashed = filePath.startsWith(assetsDir);
          res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      },
    }),
  );
  router.get(/^(?!\/api(\/|$)).*/, (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexFile);
  });
  return router;
}
