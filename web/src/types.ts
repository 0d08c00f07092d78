// The API's types, inferred from the server's zod schemas (type-only: nothing of the server is bundled).
export type {
  ArticleDetail,
  ArticleSummary,
  EventDetail,
  EventWithEvidence,
  IngestResponse,
  Network,
  NetworkEdge,
  NetworkNode,
  PlaceAggregate,
  Problem,
  SeriesResponse,
} from '../../src/api/schemas.js';
export type { CodedDoc, Event as DocEvent, Span } from '../../src/core/schema.js';
export type { EventRecord, MentionRecord, SeriesRow, Stats } from '../../src/store/records.js';
