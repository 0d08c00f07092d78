// The embedded engine: one SQLite file through better-sqlite3, in WAL mode, with FTS5 article search.
import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { DyadError } from '../core/index.js';
import type { Engine, SearchHitRow } from './engine.js';
import { ftsQuery } from './fts-query.js';
import type { Database } from './tables.js';

export interface SqliteOptions {
  /** false: refuse to create a missing file (read-only commands). */
  create?: boolean;
}

export function createSqliteEngine(path: string, options: SqliteOptions = {}): Engine {
  const memory = path === ':memory:';
  if (!memory && options.create === false && !existsSync(path)) {
    throw new DyadError(
      'store',
      'not_found',
      `expected a dyad database at ${path}, found no file (run \`dyad ingest\` first, or pass --db)`,
    );
  }
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(path);
    if (!memory) raw.pragma('journal_mode = WAL');
    // WAL with synchronous=NORMAL keeps every committed transaction across a process kill; a power cut
    // may lose the last ones, which a rerun of the ingest then writes again.
    raw.pragma('synchronous = NORMAL');
    raw.pragma('busy_timeout = 10000');
    raw.pragma('cache_size = -65536');
  } catch (cause) {
    throw new DyadError(
      'store',
      'bad_config',
      `expected an SQLite database at ${path}, found: ${reason(cause)}`,
      {
        cause,
      },
    );
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(raw) }) });
  return {
    name: 'sqlite',
    location: path,
    db,
    prepare: async () => {},
    lockForWrite: async () => {},
    search: async (query, limit) => {
      const match = ftsQuery(query);
      if (!match) return [];
      const rows = await sql<SearchHitRow>`
        SELECT a.id, a.doc_id, a.title, a.source, a.url, a.published, a.duplicate_of,
          snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, bm25(articles_fts) AS rank
        FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
        WHERE articles_fts MATCH ${match}
        ORDER BY rank, a.seq LIMIT ${limit}`.execute(db);
      return rows.rows.map((r) => ({ ...r, rank: -Number(r.rank) }));
    },
    destroy: () => db.destroy(),
  };
}

/**
 * kysely prepares every query anew; better-sqlite3's prepare is the costliest step of a small write, and the
 * ingest repeats the same few statements thousands of times, so prepared statements are kept by SQL text.
 */
function cachingStatements(raw: BetterSqlite3.Database) {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      cache.clear();
      raw.close();
    },
    prepare: (sql: string) => {
      let statement = cache.get(sql);
      if (!statement) {
        if (cache.size >= 2000) cache.clear();
        statement = raw.prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
