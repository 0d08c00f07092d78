// The dashboard's built files (web/dist): assets by path, and index.html for "/" (the dashboard routes by
// the URL's hash, so no other path needs a fallback).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/** web/dist beside the package, from src/api (tsx) and from dist/api (the build) alike. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export function mountDashboard(app: Hono, root: string): void {
  if (!existsSync(`${root}/index.html`)) {
    app.get('/', (c) =>
      c.html(
        '<!doctype html><title>dyad</title><p>The dashboard is not built. Run <code>npm run build</code>, ' +
          'then start the server again. The API is at <a href="/openapi.json">/openapi.json</a>.</p>',
        503,
      ),
    );
    return;
  }
  app.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_path, c) => {
        // Vite names assets by content hash, so they never change.
        c.header('cache-control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.get('/', serveStatic({ root, path: 'index.html' }));
  app.get('/favicon.svg', serveStatic({ root, path: 'favicon.svg' }));
}
