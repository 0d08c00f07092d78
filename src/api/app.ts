// The HTTP app: REST under /v1, the OpenAPI document and the dashboard, built from its dependencies so tests
// call app.request() without a server.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Pipeline } from '../pipeline/index.js';
import type { ApiStore } from './api-store.js';
import { openApiDocument } from './openapi.js';
import { problem, problemOf, problemResponse } from './problem.js';
import { honoPath, type Mount, type RouteDoc } from './route-doc.js';
import { articleDocs, mountArticles } from './routes/article-routes.js';
import { catalogDocs, mountCatalog } from './routes/catalog-routes.js';
import { codingDocs, mountCoding } from './routes/coding-routes.js';
import { eventDocs, mountEvents } from './routes/event-routes.js';
import { DEFAULT_WEB_ROOT, mountDashboard } from './static-files.js';

export interface AppOptions {
  store: ApiStore;
  pipeline: Pipeline;
  /** Bearer token for write routes; without one they answer 401. */
  token?: string | undefined;
  /** Largest request body in bytes. */
  maxBodyBytes?: number;
  /** The built dashboard; null serves the API alone. */
  webRoot?: string | null;
  version?: string;
  /** Where unexpected errors are reported (library code never writes to the console). */
  log?: (line: string) => void;
}

const defaults = { maxBodyBytes: 1_000_000, webRoot: DEFAULT_WEB_ROOT, version: '0.0.0', log: () => {} };

export const ROUTES: readonly RouteDoc[] = [...codingDocs, ...eventDocs, ...articleDocs, ...catalogDocs];
const MOUNTS: readonly Mount[] = [mountCoding, mountEvents, mountArticles, mountCatalog];

// Plot and the dashboard set inline styles; everything else comes from this origin only.
const CSP = {
  defaultSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
};

export function createApp(options: AppOptions): Hono {
  const o = { ...defaults, ...options };
  const app = new Hono();
  app.use('*', secureHeaders({ contentSecurityPolicy: CSP }));
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: o.maxBodyBytes,
      onError: (c) =>
        problemResponse(
          c,
          problem(413, 'too_large', `the body is larger than the limit of ${o.maxBodyBytes} bytes`),
        ),
    }),
  );
  const deps = { store: o.store, pipeline: o.pipeline, token: o.token, version: o.version };
  for (const mount of MOUNTS) mount(app, deps);
  // A known path with another method: 405 naming the methods it takes (after the routes, which match first).
  for (const path of new Set(ROUTES.map((r) => r.path))) {
    const allow = ROUTES.filter((r) => r.path === path).map((r) => r.method.toUpperCase());
    app.all(honoPath(path), (c) =>
      problemResponse(
        c,
        problem(405, 'bad_request', `${path} takes ${allow.join(', ')}, not ${c.req.method}`),
        {
          allow: allow.join(', '),
        },
      ),
    );
  }
  const document = openApiDocument(ROUTES, o.version);
  app.get('/openapi.json', (c) => c.json(document));
  if (o.webRoot) mountDashboard(app, o.webRoot);

  app.notFound((c) =>
    problemResponse(c, problem(404, 'not_found', `no route ${c.req.method} ${new URL(c.req.url).pathname}`)),
  );
  app.onError((error, c) => {
    const body = problemOf(error, o.log);
    return problemResponse(c, body, body.status === 401 ? { 'www-authenticate': 'Bearer realm="dyad"' } : {});
  });
  return app;
}
