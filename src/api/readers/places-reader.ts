// Event locations for the map: one row per geocoded place, with its events and mentions.
import { sql } from 'kysely';
import type { Engine } from '../../store/engine.js';
import { applyEventFilter } from '../../store/event-filters.js';
import type { EventFilter } from '../../store/index.js';
import type { PlaceAggregate } from '../schemas.js';

export async function readPlaces(engine: Engine, filter: EventFilter): Promise<PlaceAggregate[]> {
  const rows = await engine.db
    .selectFrom('events')
    .select([
      'place_name',
      'place_country',
      sql<number>`avg(lat)`.as('lat'),
      sql<number>`avg(lon)`.as('lon'),
      sql<number>`count(*)`.as('events'),
      sql<number>`sum(num_mentions)`.as('mentions'),
      sql<number>`avg(goldstein)`.as('goldstein'),
    ])
    .where('lat', 'is not', null)
    .where('lon', 'is not', null)
    .where('place_name', 'is not', null)
    .where((eb) => applyEventFilter(eb, filter))
    .groupBy(['place_name', 'place_country'])
    .orderBy(sql`sum(num_mentions)`, 'desc')
    .orderBy('place_name')
    .execute();
  return rows.map((r) => ({
    name: r.place_name ?? '',
    country: r.place_country,
    lat: Number(r.lat),
    lon: Number(r.lon),
    events: Number(r.events),
    mentions: Number(r.mentions),
    goldsteinMean: Math.round(Number(r.goldstein) * 100) / 100,
  }));
}
