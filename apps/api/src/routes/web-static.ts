import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** A navigation the SPA's router answers: nothing under /assets, and no file extension in the last segment. */
function isClientRoute(urlPath: string): boolean {
  return !/^\/assets(\/|$)/.test(urlPath) && path.posix.extname(urlPath) === '';
}

/**
 * The built SPA, sent precompressed (brotli, else gzip) when the client accepts it. Hashed files under /assets never
 * change, so browsers keep them for a year; every other file (index.html, sw.js, manifest.webmanifest) is revalidated
 * so a new release is picked up at once. A client route gets index.html; any other path that is no file is a plain
 * 404, so a missing script, icon or robots.txt fails as what it is instead of arriving as the SPA's HTML.
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
  router.get(/^(?!\/api(\/|$)).*/, (req, res) => {
    res.setHeader('cache-control', 'no-cache');
    if (isClientRoute(req.path)) res.sendFile(indexFile);
    else res.status(404).type('text/plain').send('Not found');
  });
  return router;
}
