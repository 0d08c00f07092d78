// `dyad series A B`: the A–B dyad over time, either direction: events by quad class, mentions, and total and
// mean Goldstein per day, ISO week or month. The database groups by day; weeks and months are rolled up here,
// so both engines run the same SQL.
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Engine } from './engine.js';
import { actorMatches, applyEventFilter } from './event-filters.js';
import type { EventFilter, SeriesBy, SeriesRow } from './records.js';
import type { Database } from './tables.js';

export interface SeriesResult {
  rows: SeriesRow[];
  /** Records of the pair with no day at all (no event date and no publication date). */
  undated: number;
}

/**
 * A and B on opposite sides; or both among the participants of a symmetric record ("A and B met"); or both
 * the source of a record with no target ("A and B agreed"). "A and B condemned C" is not about A–B.
 */
export function pairMatches(
  eb: ExpressionBuilder<Database, 'events'>,
  a: string,
  b: string,
): Expression<SqlBool> {
  return eb.or([
    eb.and([actorMatches(eb, a, 'source'), actorMatches(eb, b, 'target')]),
    eb.and([actorMatches(eb, b, 'source'), actorMatches(eb, a, 'target')]),
    eb.and([eb('events.symmetric', '=', 1), actorMatches(eb, a), actorMatches(eb, b)]),
    eb.and([eb('events.target_code', '=', ''), actorMatches(eb, a, 'source'), actorMatches(eb, b, 'source')]),
  ]);
}

export async function querySeries(
  engine: Engine,
  a: string,
  b: string,
  by: SeriesBy,
  filter: EventFilter = {},
): Promise<SeriesResult> {
  const grouped = await engine.db
    .selectFrom('events')
    .select([
      'day',
      'quad_class',
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(num_mentions)`.as('mentions'),
      sql<number>`sum(goldstein)`.as('goldstein'),
    ])
    .where((eb) => eb.and([pairMatches(eb, a, b), applyEventFilter(eb, filter)]))
    .groupBy(['day', 'quad_class'])
    .orderBy('day')
    .execute();
  const buckets = new Map<string, SeriesRow>();
  let undated = 0;
  for (const g of grouped) {
    if (!g.day) {
      undated += Number(g.n);
      continue;
    }
    const period = periodOf(g.day, by);
    const row = buckets.get(period) ?? emptyRow(period);
    const n = Number(g.n);
    row.events += n;
    const quad = `q${Number(g.quad_class)}` as 'q1' | 'q2' | 'q3' | 'q4';
    row[quad] += n;
    row.mentions += Number(g.mentions);
    row.goldsteinTotal += Number(g.goldstein);
    buckets.set(period, row);
  }
  const rows = fillGaps(
    [...buckets.values()].sort((x, y) => x.period.localeCompare(y.period)),
    by,
  );
  for (const row of rows) {
    row.goldsteinTotal = Math.round(row.goldsteinTotal * 100) / 100;
    row.goldsteinMean = row.events ? Math.round((row.goldsteinTotal / row.events) * 100) / 100 : null;
  }
  return { rows, undated };
}

function emptyRow(period: string): SeriesRow {
  return {
    period,
    events: 0,
    q1: 0,
    q2: 0,
    q3: 0,
    q4: 0,
    mentions: 0,
    goldsteinTotal: 0,
    goldsteinMean: null,
  };
}

export function periodOf(day: string, by: SeriesBy): string {
  if (by === 'day') return day;
  if (by === 'month') return day.slice(0, 7);
  return isoWeek(day);
}

/** ISO 8601 week, "2024-W27": weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  // The Thursday of the week lies in the week's year, and the year's first Thursday is in week 1.
  const week = 1 + Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Periods with no event appear with zeros, so a chart's time axis has no holes. */
function fillGaps(rows: SeriesRow[], by: SeriesBy): SeriesRow[] {
  if (rows.length < 2) return rows;
  const out: SeriesRow[] = [];
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  const first = rows[0]!.period;
  const last = rows[rows.length - 1]!.period;
  const cursor = new Date(
    `${by === 'week' ? mondayOf(first) : by === 'month' ? `${first}-01` : first}T00:00:00Z`,
  );
  for (let guard = 0; guard < 100_000; guard++) {
    const period = periodOf(cursor.toISOString().slice(0, 10), by);
    out.push(byPeriod.get(period) ?? emptyRow(period));
    if (period === last) break;
    if (by === 'day') cursor.setUTCDate(cursor.getUTCDate() + 1);
    else if (by === 'week') cursor.setUTCDate(cursor.getUTCDate() + 7);
    else cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return out;
}

function mondayOf(week: string): string {
  const [y, w] = week.split('-W').map(Number) as [number, number];
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (w - 1) * 7);
  return monday.toISOString().slice(0, 10);
}
