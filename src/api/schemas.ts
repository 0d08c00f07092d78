// The HTTP API's own schemas: query strings, request bodies and responses. Handlers validate with them and
// the OpenAPI document is generated from them, so the published contract and the checks cannot drift.
import { z } from 'zod';
import { CodedDoc, InputDoc } from '../core/index.js';
import {
  ActorRecord,
  EventFilter,
  EventRecord,
  MentionRecord,
  QuoteRecord,
  SearchHit,
  SeriesBy,
  SeriesRow,
  Stats,
} from '../store/index.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const pageLimit = (max: number, fallback: number) =>
  z.coerce
    .number()
    .int('expected a whole number')
    .min(1, 'expected at least 1')
    .max(max, `expected at most ${max}`)
    .default(fallback);
const offset = z.coerce.number().int('expected a whole number').min(0, 'expected 0 or more').default(0);
const quad = z
  .string()
  .regex(/^[1-4](,[1-4])*$/, 'expected quad classes 1–4 separated by commas, e.g. 3,4')
  .transform((s) => s.split(',').map(Number));

/** The CLI's event filters as query parameters (`quad=3,4`), plus an optional pair and paging. */
export const EventsQuery = EventFilter.omit({ quad: true }).extend({
  quad: quad.optional(),
  a: z.string().min(1).optional().describe('with b: events between a and b, either direction'),
  b: z.string().min(1).optional(),
  limit: pageLimit(1000, 50),
  offset,
  sort: z.enum(['date', 'mentions']).default('date'),
  evidence: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1')
    .describe('true: each record carries its mentions (article, trigger, evidence sentence)'),
});

export const SeriesQuery = EventFilter.omit({ quad: true }).extend({
  a: z.string().min(1, 'expected an actor code or name'),
  b: z.string().min(1, 'expected an actor code or name'),
  by: SeriesBy.default('month'),
  quad: quad.optional(),
});

export const ActorsQuery = z.object({
  match: z.string().optional().describe('code prefix (upper case) or part of the name'),
  country: z.string().optional(),
  kind: z.string().optional(),
  limit: pageLimit(1000, 100),
});

export const QuotesQuery = z.object({
  speaker: z.string().optional(),
  text: z.string().optional(),
  limit: pageLimit(1000, 100),
});

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'expected words to search for'),
  limit: pageLimit(200, 20),
});

export const ArticlesQuery = z.object({ limit: pageLimit(1000, 100), offset });

export const NetworkQuery = EventFilter.omit({ quad: true }).extend({
  level: z.enum(['country', 'actor']).default('country'),
  quad: quad.optional(),
});

export const PlacesQuery = EventFilter.omit({ quad: true }).extend({ quad: quad.optional() });

export const IdParam = z.object({ id: z.string().min(1) });

/** POST /v1/code as JSON: an article (id optional); as text/plain the body is the text. */
export const CodeBody = InputDoc.extend({
  id: InputDoc.shape.id.default('doc'),
  text: z.string().refine((text) => text.trim() !== '', 'expected a non-empty text'),
});
export const CodeTextQuery = z.object({ published: day.optional(), id: z.string().min(1).default('doc') });

/** POST /v1/articles: one article, a list, or {articles: [...]}. */
export const IngestList = z
  .array(InputDoc)
  .min(1, 'expected at least one article')
  .max(1000, 'expected at most 1000 articles');
export const IngestBody = z.union([InputDoc, IngestList, z.object({ articles: IngestList })]);

export const IngestResult = z.object({
  id: z.string(),
  status: z.enum(['coded', 'duplicate', 'exists', 'error']),
  articleId: z.string().nullable(),
  duplicateOf: z.string().nullable(),
  events: z.number().int(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export const IngestResponse = z.object({
  results: z.array(IngestResult),
  coded: z.number().int(),
  duplicates: z.number().int(),
  exists: z.number().int(),
  errors: z.number().int(),
  newEvents: z.number().int(),
});

export const EventWithEvidence = EventRecord.extend({
  mentions: z.array(MentionRecord).optional().describe('with evidence=true'),
});
export const EventPage = z.object({
  items: z.array(EventWithEvidence),
  limit: z.number().int(),
  offset: z.number().int(),
  next: z.string().nullable().describe('the URL of the next page, null on the last'),
});
export const EventDetail = z.object({ event: EventRecord, mentions: z.array(MentionRecord) });
export const SeriesResponse = z.object({
  a: z.string(),
  b: z.string(),
  by: SeriesBy,
  rows: z.array(SeriesRow),
  undated: z.number().int(),
});
export const ActorList = z.object({ items: z.array(ActorRecord) });
export const QuoteList = z.object({ items: z.array(QuoteRecord) });
export const SearchResponse = z.object({ items: z.array(SearchHit) });

export const ArticleSummary = z.object({
  id: z.string(),
  docId: z.string(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  duplicateOf: z.string().nullable(),
  mentions: z.number().int(),
});
export const ArticleList = z.object({
  items: z.array(ArticleSummary),
  limit: z.number().int(),
  offset: z.number().int(),
});
export const ArticleDetail = ArticleSummary.extend({
  dupKind: z.string().nullable(),
  similarity: z.number().nullable(),
  text: z.string(),
  coded: CodedDoc.nullable().describe("the coded document; a copy shows its first copy's coding"),
});

export const NetworkNode = z.object({
  id: z.string(),
  label: z.string(),
  country: z.string().nullable().describe('ISO alpha-3'),
  events: z.number().int(),
});
export const NetworkEdge = z.object({
  a: z.string(),
  b: z.string(),
  events: z.number().int(),
  mentions: z.number().int(),
  goldsteinMean: z.number(),
  q1: z.number().int(),
  q2: z.number().int(),
  q3: z.number().int(),
  q4: z.number().int(),
});
export const Network = z.object({
  level: z.enum(['country', 'actor']),
  nodes: z.array(NetworkNode),
  edges: z.array(NetworkEdge),
});

export const PlaceAggregate = z.object({
  name: z.string(),
  country: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  events: z.number().int(),
  mentions: z.number().int(),
  goldsteinMean: z.number(),
});
export const PlaceList = z.object({ items: z.array(PlaceAggregate) });

export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  errors: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .describe('one record per invalid field'),
});

export const Health = z.object({ ok: z.boolean(), engine: z.string(), version: z.string() });

export { Stats };
export type EventsQuery = z.infer<typeof EventsQuery>;
export type EventWithEvidence = z.infer<typeof EventWithEvidence>;
export type IngestResult = z.infer<typeof IngestResult>;
export type IngestResponse = z.infer<typeof IngestResponse>;
export type ArticleSummary = z.infer<typeof ArticleSummary>;
export type ArticleDetail = z.infer<typeof ArticleDetail>;
export type NetworkNode = z.infer<typeof NetworkNode>;
export type NetworkEdge = z.infer<typeof NetworkEdge>;
export type Network = z.infer<typeof Network>;
export type PlaceAggregate = z.infer<typeof PlaceAggregate>;
export type Problem = z.infer<typeof Problem>;
export type EventDetail = z.infer<typeof EventDetail>;
export type SeriesResponse = z.infer<typeof SeriesResponse>;
