// One event record by id, and the events of a pair in either direction, through the store's own filters.
import type { Engine } from '../../store/engine.js';
import { applyEventFilter } from '../../store/event-filters.js';
import type { EventFilter, EventRecord } from '../../store/index.js';
import { type EventQueryOptions, toEventRecord } from '../../store/query-events.js';
import { pairMatches } from '../../store/query-series.js';

export async function readEvent(engine: Engine, id: string): Promise<EventRecord | undefined> {
  const row = await engine.db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toEventRecord(row) : undefined;
}

export async function readPairEvents(
  engine: Engine,
  a: string,
  b: string,
  filter: EventFilter,
  options: EventQueryOptions,
): Promise<EventRecord[]> {
  let query = engine.db
    .selectFrom('events')
    .selectAll()
    .where((eb) => eb.and([pairMatches(eb, a, b), applyEventFilter(eb, filter)]));
  query =
    options.sort === 'mentions'
      ? query.orderBy('num_mentions', 'desc').orderBy('id')
      : query.orderBy('day').orderBy('id');
  if (options.limit) query = query.limit(options.limit);
  if (options.offset) query = query.offset(options.offset);
  return (await query.execute()).map(toEventRecord);
}
