// A route described as data (method, path, schemas, statuses): the routes modules export these beside their
// handlers, and openapi.ts turns them into the published OpenAPI document.
import type { Hono } from 'hono';
import type { z } from 'zod';
import type { Pipeline } from '../pipeline/index.js';
import type { ApiStore } from './api-store.js';

export interface RouteDoc {
  method: 'get' | 'post';
  /** OpenAPI form: /v1/events/{id}. */
  path: string;
  summary: string;
  description?: string;
  tag: 'coding' | 'events' | 'catalog' | 'articles' | 'service';
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: { schema: z.ZodType; media: string[]; description: string };
  response: z.ZodType;
  status?: 200 | 201;
  auth?: boolean;
  /** Error statuses this route can answer with (besides 500). */
  errors: number[];
}

export interface RouteDeps {
  store: ApiStore;
  pipeline: Pipeline;
  token: string | undefined;
  version: string;
}

export type Mount = (app: Hono, deps: RouteDeps) => void;

/** Hono's path form of an OpenAPI path: /v1/events/{id} → /v1/events/:id. */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}
