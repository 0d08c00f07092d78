// The Store: one interface over either engine, for the ingest (lookups for dedupe, batch writes) and for
// queries. Drivers differ only in their Engine; everything here is the same SQL through kysely.
import { Migrator } from 'kysely';
import { DyadError } from '../core/index.js';
import type { Engine, EngineName } from './engine.js';
import { migrations } from './migrations.js';
import {
  type ActorQuery,
  type QuoteQuery,
  queryActors,
  queryQuotes,
  queryStats,
  searchArticles,
} from './query-catalog.js';
import { type EventQueryOptions, queryEvents, queryMentions } from './query-events.js';
import { querySeries, type SeriesResult } from './query-series.js';
import type {
  ActorRecord,
  EventFilter,
  EventRecord,
  MentionRecord,
  QuoteRecord,
  SearchHit,
  SeriesBy,
  Stats,
} from './records.js';
import { writeBatch } from './write-batch.js';
import type { WriteItem, WriteReport } from './write-types.js';

export interface Store {
  readonly engine: EngineName;
  /** Where the data lives (password hidden). */
  readonly location: string;
  /** Runs pending migrations; idempotent. */
  migrate(): Promise<void>;

  /** Which of these article keys are stored already. */
  existingKeys(keys: readonly string[]): Promise<Set<string>>;
  /** The stored original (first copy) with this content hash. */
  originalByContentHash(hash: string): Promise<string | undefined>;
  /** Originals sharing any of these MinHash buckets, with their signatures. */
  nearCandidates(buckets: readonly number[]): Promise<{ id: string; minhash: string }[]>;
  /** Writes a batch in one transaction, in order; articles already stored are skipped. */
  write(items: readonly WriteItem[]): Promise<WriteReport>;

  events(filter?: EventFilter, options?: EventQueryOptions): Promise<EventRecord[]>;
  mentions(where: {
    eventIds?: string[];
    articleId?: string;
    after?: [string, string];
    limit?: number;
  }): Promise<MentionRecord[]>;
  series(a: string, b: string, by: SeriesBy, filter?: EventFilter): Promise<SeriesResult>;
  actors(query?: ActorQuery): Promise<ActorRecord[]>;
  quotes(query?: QuoteQuery): Promise<QuoteRecord[]>;
  search(text: string, limit?: number): Promise<SearchHit[]>;
  stats(): Promise<Stats>;
  close(): Promise<void>;
}

export function createStore(engine: Engine): Store {
  const { db } = engine;
  return {
    engine: engine.name,
    location: engine.location,
    async migrate() {
      await engine.prepare();
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => migrations(engine.name) },
      });
      const { error, results } = await migrator.migrateToLatest();
      if (error) {
        const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'a migration';
        throw new DyadError(
          'store',
          'bad_config',
          `expected ${engine.location} to take the dyad schema, found an error in ${failed}: ${
            error instanceof Error ? error.message : String(error)
          }`,
          { cause: error },
        );
      }
    },
    async existingKeys(keys) {
      if (keys.length === 0) return new Set();
      const rows = await db
        .selectFrom('articles')
        .select('id')
        .where('id', 'in', [...keys])
        .execute();
      return new Set(rows.map((r) => r.id));
    },
    async originalByContentHash(hash) {
      const row = await db
        .selectFrom('articles')
        .select('id')
        .where('content_hash', '=', hash)
        .where('duplicate_of', 'is', null)
        .orderBy('seq')
        .executeTakeFirst();
      return row?.id;
    },
    async nearCandidates(buckets) {
      if (buckets.length === 0) return [];
      const rows = await db
        .selectFrom('minhash_bands as b')
        .innerJoin('articles as a', 'a.id', 'b.article_id')
        .select(['a.id', 'a.minhash', 'a.seq'])
        .distinct()
        .where('b.bucket', 'in', [...buckets])
        .where('a.minhash', 'is not', null)
        .orderBy('a.seq')
        .execute();
      return rows.map((r) => ({ id: r.id, minhash: r.minhash ?? '' }));
    },
    write: (items) => writeBatch(engine, items),
    events: (filter = {}, options = {}) => queryEvents(engine, filter, options),
    mentions: (where) => queryMentions(engine, where),
    series: (a, b, by, filter = {}) => querySeries(engine, a, b, by, filter),
    actors: (query = {}) => queryActors(engine, query),
    quotes: (query = {}) => queryQuotes(engine, query),
    search: (text, limit = 20) => searchArticles(engine, text, limit),
    stats: () => queryStats(engine),
    close: () => engine.destroy(),
  };
}
