// Filters over event records as kysely expressions that run unchanged on SQLite and PostgreSQL.
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { countryCodes } from './country-codes.js';
import type { EventFilter } from './records.js';
import type { Database } from './tables.js';

type EB = ExpressionBuilder<Database, 'events'>;

/** Escapes LIKE wildcards so user text matches literally (with ESCAPE '\'). */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function containsInsensitive(column: Expression<unknown>, text: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${column}) LIKE ${`%${likeEscape(text.toLowerCase())}%`} ESCAPE '\\'`;
}

/** An upper-case code ("RUS", "RUSGOV", "IGOUNO") matches by code prefix or country; other text by name. */
export function isCodeSelector(selector: string): boolean {
  return /^[A-Z0-9]{3,}$/.test(selector);
}

/** Some actor of the record (in `role`, or either role) matches the selector. */
export function actorMatches(eb: EB, selector: string, role?: 'source' | 'target'): Expression<SqlBool> {
  let sub = eb
    .selectFrom('event_actors as ea')
    .select(sql`1`.as('one'))
    .whereRef('ea.event_id', '=', 'events.id');
  if (role) sub = sub.where('ea.role', '=', role);
  const s = selector.trim();
  sub = isCodeSelector(s)
    ? sub.where((w) =>
        w.or([
          w('ea.code', '=', s),
          w(sql<string>`ea.code`, 'like', `${likeEscape(s)}%`),
          w('ea.country', '=', countryCodes(s)?.iso3 ?? s),
        ]),
      )
    : sub.where(() => containsInsensitive(sql.ref('ea.name'), s));
  return eb.exists(sub);
}

export function applyEventFilter(eb: EB, filter: EventFilter): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (filter.actor) parts.push(actorMatches(eb, filter.actor));
  if (filter.source) parts.push(actorMatches(eb, filter.source, 'source'));
  if (filter.target) parts.push(actorMatches(eb, filter.target, 'target'));
  if (filter.country) {
    const codes = countryCodes(filter.country);
    const iso3 = codes?.iso3 ?? filter.country.toUpperCase();
    parts.push(
      eb.or([actorMatches(eb, iso3), ...(codes ? [eb('events.place_country', '=', codes.iso2)] : [])]),
    );
  }
  if (filter.type) parts.push(eb('events.type', '=', filter.type.toUpperCase()));
  if (filter.cameo) parts.push(eb('events.cameo', 'like', `${filter.cameo}%`));
  if (filter.quad?.length) parts.push(eb('events.quad_class', 'in', filter.quad));
  if (filter.from) parts.push(eb('events.day', '>=', filter.from));
  if (filter.to) parts.push(eb('events.day', '<', upperBound(filter.to)));
  if (filter.place) {
    const place = filter.place.trim();
    parts.push(
      /^[A-Z]{2}$/.test(place)
        ? eb('events.place_country', '=', place)
        : containsInsensitive(sql.ref('events.place_name'), place),
    );
  }
  if (filter.text) {
    const text = filter.text;
    parts.push(
      eb.exists(
        eb
          .selectFrom('mentions as m')
          .select(sql`1`.as('one'))
          .whereRef('m.event_id', '=', 'events.id')
          .where(() => containsInsensitive(sql.ref('m.sentence_text'), text)),
      ),
    );
  }
  return eb.and(parts);
}

/** The first day after a YYYY, YYYY-MM or YYYY-MM-DD bound: "--to 2024-07" includes all of July. */
export function upperBound(to: string): string {
  const [y, m, d] = to.split('-').map(Number) as [number, number?, number?];
  const next =
    d !== undefined
      ? new Date(Date.UTC(y, m! - 1, d + 1))
      : m !== undefined
        ? new Date(Date.UTC(y, m, 1))
        : new Date(Date.UTC(y + 1, 0, 1));
  return next.toISOString().slice(0, 10);
}
