// The OpenAPI 3.1 document, generated from the routes' own zod schemas (responses as named components,
// query and path parameters one by one, bodies as their input schemas).
import { z } from 'zod';
import { CodedDoc } from '../core/index.js';
import {
  ActorRecord,
  EventRecord,
  MentionRecord,
  QuoteRecord,
  SearchHit,
  SeriesRow,
} from '../store/index.js';
import { honoPath, type RouteDoc } from './route-doc.js';
import * as schemas from './schemas.js';

/** Named component schemas; a response schema found here is referenced, not inlined. */
const COMPONENTS: Record<string, z.ZodType> = {
  CodedDoc,
  EventRecord,
  MentionRecord,
  SeriesRow,
  ActorRecord,
  QuoteRecord,
  SearchHit,
  EventPage: schemas.EventPage,
  EventDetail: schemas.EventDetail,
  SeriesResponse: schemas.SeriesResponse,
  ActorList: schemas.ActorList,
  QuoteList: schemas.QuoteList,
  SearchResponse: schemas.SearchResponse,
  ArticleSummary: schemas.ArticleSummary,
  ArticleList: schemas.ArticleList,
  ArticleDetail: schemas.ArticleDetail,
  IngestResult: schemas.IngestResult,
  IngestResponse: schemas.IngestResponse,
  Network: schemas.Network,
  PlaceList: schemas.PlaceList,
  Stats: schemas.Stats,
  Health: schemas.Health,
  Problem: schemas.Problem,
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function components(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const out = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  }) as { schemas: Record<string, Record<string, unknown>> };
  for (const schema of Object.values(out.schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return out.schemas;
}

function inline(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return rest;
}

function nameOf(schema: z.ZodType): string | undefined {
  return Object.entries(COMPONENTS).find(([, s]) => s === schema)?.[0];
}

function parameters(route: RouteDoc) {
  const out: Record<string, unknown>[] = [];
  for (const [where, object] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!object) continue;
    for (const [name, field] of Object.entries(object.shape as Record<string, z.ZodType>)) {
      const schema = inline(field);
      const description = typeof schema.description === 'string' ? schema.description : undefined;
      out.push({
        name,
        in: where,
        required: where === 'path' || !field.safeParse(undefined).success,
        ...(description ? { description } : {}),
        schema,
      });
    }
  }
  return out;
}

function operation(route: RouteDoc) {
  const problem = { 'application/problem+json': { schema: ref('Problem') } };
  const responseName = nameOf(route.response);
  const responses: Record<string, unknown> = {
    [route.status ?? 200]: {
      description: 'OK',
      content: { 'application/json': { schema: responseName ? ref(responseName) : inline(route.response) } },
    },
  };
  for (const status of [...route.errors, 500])
    responses[status] = { description: String(status), content: problem };
  return {
    operationId: `${route.method}${honoPath(route.path).replace(/[/:](\w)/g, (_m, ch: string) => ch.toUpperCase())}`,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    parameters: parameters(route),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            description: route.body.description,
            content: Object.fromEntries(
              route.body.media.map((media) => [
                media,
                { schema: media === 'text/plain' ? { type: 'string' } : inline(route.body!.schema) },
              ]),
            ),
          },
        }
      : {}),
    ...(route.auth ? { security: [{ bearer: [] }] } : {}),
    responses,
  };
}

export function openApiDocument(routes: readonly RouteDoc[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    paths[route.path] = { ...paths[route.path], [route.method]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'dyad',
      version,
      description:
        'Political event data from news: code articles, ingest them, and query events, series, actors, ' +
        'quotes and articles, every event with the sentence it came from.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: components(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'DYAD_API_TOKEN' } },
    },
  };
}
