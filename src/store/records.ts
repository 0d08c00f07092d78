// What queries return: zod schemas for event records, mentions, series rows, actors, quotes, search hits and
// stats; the types are inferred from them, and the HTTP API can publish them as JSON Schema.
import { z } from 'zod';

const nullableString = z.string().nullable();

export const EventRecord = z.object({
  id: z.string(),
  /** The event's day when known, else the day its first article was published. */
  day: nullableString,
  dateValue: nullableString,
  datePrecision: z.string(),
  type: z.string(),
  cameo: z.string(),
  quadClass: z.number().int(),
  goldstein: z.number(),
  sourceCode: z.string(),
  sourceName: z.string(),
  targetCode: z.string(),
  targetName: z.string(),
  symmetric: z.boolean(),
  placeName: nullableString,
  placeCountry: nullableString,
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  firstSeen: nullableString,
  lastSeen: nullableString,
  numMentions: z.number().int(),
  numSources: z.number().int(),
  numArticles: z.number().int(),
  rootArticle: z.string(),
});

export const MentionRecord = z.object({
  eventId: nullableString,
  articleId: z.string(),
  docId: z.string(),
  docEventId: z.string(),
  title: nullableString,
  source: nullableString,
  url: nullableString,
  published: nullableString,
  type: z.string(),
  cameo: z.string(),
  quadClass: z.number().int(),
  goldstein: z.number(),
  sourceCode: z.string(),
  targetCode: z.string(),
  trigger: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }),
  sentence: z.object({
    index: z.number().int(),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
  }),
  dateValue: nullableString,
  datePrecision: nullableString,
  placeName: nullableString,
  placeCountry: nullableString,
  negated: z.boolean(),
  modality: z.string(),
  confidence: z.number(),
  rule: nullableString,
  sameAs: nullableString,
});

export const EventFilter = z.object({
  actor: z.string().optional(),
  source: z.string().optional(),
  target: z.string().optional(),
  country: z.string().optional(),
  type: z.string().optional(),
  cameo: z
    .string()
    .regex(/^\d{2,4}$/, 'expected a CAMEO code of 2 to 4 digits')
    .optional(),
  quad: z.array(z.number().int().min(1).max(4)).optional(),
  from: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  place: z.string().optional(),
  text: z.string().optional(),
});

export const SeriesBy = z.enum(['day', 'week', 'month']);

export const SeriesRow = z.object({
  period: z.string(),
  events: z.number().int(),
  q1: z.number().int(),
  q2: z.number().int(),
  q3: z.number().int(),
  q4: z.number().int(),
  mentions: z.number().int(),
  goldsteinTotal: z.number(),
  goldsteinMean: z.number().nullable(),
});

export const ActorRecord = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  country: nullableString,
  kind: z.string(),
  role: nullableString,
  kbId: nullableString,
  numArticles: z.number().int(),
  firstSeen: nullableString,
  lastSeen: nullableString,
});

export const QuoteRecord = z.object({
  articleId: z.string(),
  idx: z.number().int(),
  published: nullableString,
  title: nullableString,
  url: nullableString,
  speakerName: nullableString,
  speakerCode: nullableString,
  speakerText: nullableString,
  cue: nullableString,
  kind: z.string(),
  content: z.string(),
});

export const SearchHit = z.object({
  articleId: z.string(),
  docId: z.string(),
  title: nullableString,
  source: nullableString,
  url: nullableString,
  published: nullableString,
  duplicateOf: nullableString,
  snippet: z.string(),
  rank: z.number(),
});

export const Stats = z.object({
  articles: z.number().int(),
  duplicates: z.number().int(),
  exactDuplicates: z.number().int(),
  nearDuplicates: z.number().int(),
  sources: z.number().int(),
  events: z.number().int(),
  mentions: z.number().int(),
  negatedMentions: z.number().int(),
  quotes: z.number().int(),
  actors: z.number().int(),
  places: z.number().int(),
  firstPublished: nullableString,
  lastPublished: nullableString,
});

export type EventRecord = z.infer<typeof EventRecord>;
export type MentionRecord = z.infer<typeof MentionRecord>;
export type EventFilter = z.infer<typeof EventFilter>;
export type SeriesBy = z.infer<typeof SeriesBy>;
export type SeriesRow = z.infer<typeof SeriesRow>;
export type ActorRecord = z.infer<typeof ActorRecord>;
export type QuoteRecord = z.infer<typeof QuoteRecord>;
export type SearchHit = z.infer<typeof SearchHit>;
export type Stats = z.infer<typeof Stats>;
