// The store's other read paths: actors, quotes, full-text search, the network, event places and counts.
import type { EventFilter } from '../../store/index.js';
import type { Mount, RouteDoc } from '../route-doc.js';
import {
  ActorList,
  ActorsQuery,
  Health,
  Network,
  NetworkQuery,
  PlaceList,
  PlacesQuery,
  QuoteList,
  QuotesQuery,
  SearchQuery,
  SearchResponse,
  Stats,
} from '../schemas.js';
import { parseQuery } from '../validate.js';

export const catalogDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/v1/actors',
    tag: 'catalog',
    summary: 'Actors, most reported first',
    query: ActorsQuery,
    response: ActorList,
    errors: [400],
  },
  {
    method: 'get',
    path: '/v1/quotes',
    tag: 'catalog',
    summary: 'Quotes with their speakers',
    query: QuotesQuery,
    response: QuoteList,
    errors: [400],
  },
  {
    method: 'get',
    path: '/v1/search',
    tag: 'catalog',
    summary: 'Full-text search over article titles and texts',
    query: SearchQuery,
    response: SearchResponse,
    errors: [400],
  },
  {
    method: 'get',
    path: '/v1/network',
    tag: 'catalog',
    summary:
      'Countries or actors as nodes, pairs as edges with event counts, quad classes and mean Goldstein',
    query: NetworkQuery,
    response: Network,
    errors: [400],
  },
  {
    method: 'get',
    path: '/v1/places',
    tag: 'catalog',
    summary: 'Geocoded event places with events and mentions',
    query: PlacesQuery,
    response: PlaceList,
    errors: [400],
  },
  {
    method: 'get',
    path: '/v1/stats',
    tag: 'service',
    summary: 'Counts of what the store holds',
    response: Stats,
    errors: [],
  },
  {
    method: 'get',
    path: '/v1/health',
    tag: 'service',
    summary: 'Liveness, the store engine and the version',
    response: Health,
    errors: [],
  },
];

export const mountCatalog: Mount = (app, { store, version }) => {
  app.get('/v1/actors', async (c) => {
    const { match, country, kind, limit } = parseQuery(c, ActorsQuery);
    return c.json({ items: await store.actors({ match, country, kind, limit }) });
  });
  app.get('/v1/quotes', async (c) => {
    const { speaker, text, limit } = parseQuery(c, QuotesQuery);
    return c.json({ items: await store.quotes({ speaker, text, limit }) });
  });
  app.get('/v1/search', async (c) => {
    const { q, limit } = parseQuery(c, SearchQuery);
    return c.json({ items: await store.search(q, limit) });
  });
  app.get('/v1/network', async (c) => {
    const { level, ...filter } = parseQuery(c, NetworkQuery);
    return c.json(await store.network(level, filter as EventFilter));
  });
  app.get('/v1/places', async (c) => {
    const filter = parseQuery(c, PlacesQuery);
    return c.json({ items: await store.places(filter as EventFilter) });
  });
  app.get('/v1/stats', async (c) => c.json(await store.stats()));
  app.get('/v1/health', (c) => c.json({ ok: true, engine: store.engine, version }));
};
