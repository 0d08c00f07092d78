// The shared engine: PostgreSQL through pg, for many writers and large datasets. A `schema` parameter in the
// URL (postgres://host/db?schema=name) keeps a dataset in its own schema.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { DyadError } from '../core/index.js';
import type { Engine, SearchHitRow } from './engine.js';
import type { Database } from './tables.js';

const INT8 = 20;
const NUMERIC = 1700;
/** A lock id of dyad's own, so writers of one dataset take turns inside a transaction. */
const WRITE_LOCK = 4_242_001;

export interface PostgresTarget {
  connectionString: string;
  schema: string | undefined;
  location: string;
}

/** Splits dyad's own `schema` parameter off the URL and hides the password for messages. */
export function parsePostgresUrl(url: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new DyadError('store', 'bad_config', `expected a postgres:// URL, found "${url}"`, { cause });
  }
  const schema = parsed.searchParams.get('schema') ?? undefined;
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new DyadError(
      'store',
      'bad_config',
      `expected a schema name of letters, digits and _, found "${schema}"`,
    );
  }
  parsed.searchParams.delete('schema');
  const shown = new URL(parsed.href);
  if (shown.password) shown.password = '***';
  return {
    connectionString: parsed.href,
    schema,
    location: `${shown.href}${schema ? ` (schema ${schema})` : ''}`,
  };
}

export function createPostgresEngine(url: string): Engine {
  const target = parsePostgresUrl(url);
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: 4,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
    // Counts come back as int8 and averages as numeric; both fit a JS number for any dataset dyad holds.
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === INT8 || oid === NUMERIC
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('error', () => {
    // An idle client lost its connection; the next query reports the problem where it can be handled.
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    name: 'postgres',
    location: target.location,
    db,
    prepare: async () => {
      try {
        if (target.schema) await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(target.schema)}`.execute(db);
        else await sql`SELECT 1`.execute(db);
      } catch (cause) {
        throw new DyadError(
          'store',
          'bad_config',
          `expected a PostgreSQL server at ${target.location}, found: ${cause instanceof Error ? cause.message : String(cause)}`,
          { cause },
        );
      }
    },
    lockForWrite: async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx);
    },
    search: async (query, limit) => {
      const rows = await sql<SearchHitRow>`
        SELECT a.id, a.doc_id, a.title, a.source, a.url, a.published, a.duplicate_of,
          ts_headline('english', a.text, q, 'StartSel=[,StopSel=],MaxFragments=1,MaxWords=16,MinWords=8') AS snippet,
          ts_rank(a.search, q) AS rank
        FROM articles a, websearch_to_tsquery('english', ${query}) q
        WHERE a.search @@ q
        ORDER BY rank DESC, a.seq LIMIT ${limit}`.execute(db);
      return rows.rows.map((r) => ({ ...r, rank: Number(r.rank) }));
    },
    destroy: () => db.destroy(),
  };
}
