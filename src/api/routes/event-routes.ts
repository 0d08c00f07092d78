// GET /v1/events (filters, a pair, pages), /v1/events/{id} (with every mention and its evidence), /v1/series.
import type { Context } from 'hono';
import { DyadError } from '../../core/index.js';
import type { EventFilter, EventRecord, MentionRecord } from '../../store/index.js';
import type { ApiStore } from '../api-store.js';
import type { Mount, RouteDoc } from '../route-doc.js';
import { EventDetail, EventPage, EventsQuery, IdParam, SeriesQuery, SeriesResponse } from '../schemas.js';
import { fieldError, parseQuery, parseWith } from '../validate.js';

export const eventDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/v1/events',
    tag: 'events',
    summary: "Event records matching the CLI's filters, a page at a time",
    description:
      'With `a` and `b`: the events between the two, either direction (as /v1/series counts them).',
    query: EventsQuery,
    response: EventPage,
    errors: [400],
  },
  {
    method: 'get',
    path: '/v1/events/{id}',
    tag: 'events',
    summary: 'One event record with every mention: article, trigger and evidence sentence',
    params: IdParam,
    response: EventDetail,
    errors: [404],
  },
  {
    method: 'get',
    path: '/v1/series',
    tag: 'events',
    summary: 'The a–b dyad over time: events by quad class, mentions and Goldstein per period',
    query: SeriesQuery,
    response: SeriesResponse,
    errors: [400],
  },
];

export const mountEvents: Mount = (app, { store }) => {
  app.get('/v1/events', async (c) => {
    const { a, b, limit, offset, sort, evidence, ...filter } = parseQuery(c, EventsQuery);
    if ((a === undefined) !== (b === undefined)) {
      throw fieldError(a === undefined ? 'a' : 'b', 'expected both a and b, or neither');
    }
    const options = { limit: limit + 1, offset, sort };
    const rows =
      a && b
        ? await store.pairEvents(a, b, filter as EventFilter, options)
        : await store.events(filter as EventFilter, options);
    const page = rows.slice(0, limit);
    return c.json({
      items: evidence ? await withMentions(store, page) : page,
      limit,
      offset,
      next: rows.length > limit ? pageUrl(c, offset + limit) : null,
    });
  });

  app.get('/v1/events/:id', async (c) => {
    const { id } = parseWith(IdParam, c.req.param(), 'path');
    const event = await store.event(id);
    if (!event) throw new DyadError('api', 'not_found', `no event record with id "${id}"`, { status: 404 });
    return c.json({ event, mentions: await store.mentions({ eventIds: [id] }) });
  });

  app.get('/v1/series', async (c) => {
    const { a, b, by, ...filter } = parseQuery(c, SeriesQuery);
    const { rows, undated } = await store.series(a, b, by, filter as EventFilter);
    return c.json({ a, b, by, rows, undated });
  });
};

async function withMentions(store: ApiStore, events: EventRecord[]) {
  const mentions = await store.mentions({ eventIds: events.map((e) => e.id) });
  const byEvent = new Map<string, MentionRecord[]>();
  for (const m of mentions) byEvent.set(m.eventId ?? '', [...(byEvent.get(m.eventId ?? '') ?? []), m]);
  return events.map((e) => ({ ...e, mentions: byEvent.get(e.id) ?? [] }));
}

function pageUrl(c: Context, offset: number): string {
  const url = new URL(c.req.url);
  url.searchParams.set('offset', String(offset));
  return `${url.pathname}${url.search}`;
}
