// The store as the API needs it: the store's interface plus a few read paths it does not have yet (one event,
// one article, a pair's events, the network, places), read through the same kysely engine. Opened like
// openStore (--db FILE|URL, then DYAD_DATABASE_URL, then ./dyad.db).
import type { Engine } from '../store/engine.js';
import type { EventFilter, EventRecord, OpenOptions, Store } from '../store/index.js';
import { openEngineStore } from '../store/open-store.js';
import type { EventQueryOptions } from '../store/query-events.js';
import { readArticle, readArticles } from './readers/article-readers.js';
import { readEvent, readPairEvents } from './readers/event-readers.js';
import { readNetwork } from './readers/network-reader.js';
import { readPlaces } from './readers/places-reader.js';
import type { ArticleDetail, ArticleSummary, Network, PlaceAggregate } from './schemas.js';

export interface ApiStore extends Store {
  event(id: string): Promise<EventRecord | undefined>;
  /** Events between a and b, either direction (as `series` counts them). */
  pairEvents(a: string, b: string, filter: EventFilter, options: EventQueryOptions): Promise<EventRecord[]>;
  /** By article key, else by the input id (first stored copy). */
  article(id: string): Promise<ArticleDetail | undefined>;
  articles(options: { limit: number; offset: number }): Promise<ArticleSummary[]>;
  network(level: Network['level'], filter: EventFilter): Promise<Network>;
  places(filter: EventFilter): Promise<PlaceAggregate[]>;
}

/** Adds the API's read paths to a store built on this engine. */
export function apiStoreOf(store: Store, engine: Engine): ApiStore {
  return Object.assign(Object.create(null) as object, store, {
    event: (id: string) => readEvent(engine, id),
    pairEvents: (a: string, b: string, filter: EventFilter, options: EventQueryOptions) =>
      readPairEvents(engine, a, b, filter, options),
    article: (id: string) => readArticle(engine, id),
    articles: (options: { limit: number; offset: number }) => readArticles(engine, options),
    network: (level: Network['level'], filter: EventFilter) => readNetwork(engine, level, filter),
    places: (filter: EventFilter) => readPlaces(engine, filter),
  });
}

export async function openApiStore(db?: string, options: OpenOptions = {}): Promise<ApiStore> {
  const { store, engine } = await openEngineStore(db, options);
  return apiStoreOf(store, engine);
}
