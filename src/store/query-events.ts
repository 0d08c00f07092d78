// `dyad events`: event records matching a filter, and the mentions (with evidence) behind each record.
import type { Selectable } from 'kysely';
import type { Engine } from './engine.js';
import { applyEventFilter } from './event-filters.js';
import type { EventFilter, EventRecord, MentionRecord } from './records.js';
import type { EventsTable } from './tables.js';

export interface EventQueryOptions {
  limit?: number;
  offset?: number;
  /** date: by day then id (default); mentions: most reported first; id: by id (stable pages for export). */
  sort?: 'date' | 'mentions' | 'id';
  /** Only ids greater than this (keyset paging with sort id). */
  after?: string;
}

export async function queryEvents(
  engine: Engine,
  filter: EventFilter,
  options: EventQueryOptions = {},
): Promise<EventRecord[]> {
  let query = engine.db
    .selectFrom('events')
    .selectAll()
    .where((eb) => applyEventFilter(eb, filter));
  if (options.after !== undefined) query = query.where('events.id', '>', options.after);
  const sort = options.sort ?? 'date';
  if (sort === 'mentions') query = query.orderBy('num_mentions', 'desc').orderBy('id');
  else if (sort === 'date') query = query.orderBy('day').orderBy('id');
  else query = query.orderBy('id');
  if (options.limit !== undefined && options.limit > 0) query = query.limit(options.limit);
  if (options.offset) query = query.offset(options.offset);
  const rows = await query.execute();
  return rows.map(toEventRecord);
}

export function toEventRecord(r: Selectable<EventsTable>): EventRecord {
  return {
    id: r.id,
    day: r.day,
    dateValue: r.date_value,
    datePrecision: r.date_class,
    type: r.type,
    cameo: r.cameo,
    quadClass: Number(r.quad_class),
    goldstein: Number(r.goldstein),
    sourceCode: r.source_code,
    sourceName: r.source_name,
    targetCode: r.target_code,
    targetName: r.target_name,
    symmetric: Number(r.symmetric) === 1,
    placeName: r.place_name,
    placeCountry: r.place_country,
    lat: r.lat === null ? null : Number(r.lat),
    lon: r.lon === null ? null : Number(r.lon),
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    numMentions: Number(r.num_mentions),
    numSources: Number(r.num_sources),
    numArticles: Number(r.num_articles),
    rootArticle: r.root_article,
  };
}

/** The mentions of these records (or of one article), ordered by record, article and position. */
export async function queryMentions(
  engine: Engine,
  where: { eventIds?: string[]; articleId?: string; after?: [string, string]; limit?: number },
): Promise<MentionRecord[]> {
  let query = engine.db
    .selectFrom('mentions as m')
    .innerJoin('articles as a', 'a.id', 'm.article_id')
    .selectAll('m')
    .select(['a.doc_id', 'a.title', 'a.source', 'a.url', 'a.published']);
  if (where.eventIds) {
    if (where.eventIds.length === 0) return [];
    query = query.where('m.event_id', 'in', where.eventIds);
  }
  if (where.articleId) query = query.where('m.article_id', '=', where.articleId);
  if (where.after) {
    const [article, docEvent] = where.after;
    query = query.where((eb) =>
      eb.or([
        eb('m.article_id', '>', article),
        eb.and([eb('m.article_id', '=', article), eb('m.doc_event_id', '>', docEvent)]),
      ]),
    );
  }
  query = where.after ? query.orderBy('m.article_id').orderBy('m.doc_event_id') : query.orderBy('m.event_id');
  query = query
    .orderBy('a.published')
    .orderBy('m.article_id')
    .orderBy('m.trigger_start')
    .orderBy('m.doc_event_id');
  if (where.limit) query = query.limit(where.limit);
  const rows = await query.execute();
  return rows.map((r) => ({
    eventId: r.event_id,
    articleId: r.article_id,
    docId: r.doc_id,
    docEventId: r.doc_event_id,
    title: r.title,
    source: r.source,
    url: r.url,
    published: r.published,
    type: r.type,
    cameo: r.cameo,
    quadClass: Number(r.quad_class),
    goldstein: Number(r.goldstein),
    sourceCode: r.source_code,
    targetCode: r.target_code,
    trigger: { start: Number(r.trigger_start), end: Number(r.trigger_end), text: r.trigger_text },
    sentence: {
      index: Number(r.sentence_index),
      start: Number(r.sentence_start),
      end: Number(r.sentence_end),
      text: r.sentence_text,
    },
    dateValue: r.date_value,
    datePrecision: r.date_precision,
    placeName: r.place_name,
    placeCountry: r.place_country,
    negated: Number(r.negated) === 1,
    modality: r.modality,
    confidence: Number(r.confidence),
    rule: r.rule,
    sameAs: r.same_as,
  }));
}
