// Opens a store from `--db FILE|URL`, then DYAD_DATABASE_URL, then ./dyad.db: a postgres:// URL selects
// PostgreSQL, anything else is an SQLite file.
import { DyadError } from '../core/index.js';
import type { Engine } from './engine.js';
import { createPostgresEngine } from './postgres-driver.js';
import { createSqliteEngine } from './sqlite-driver.js';
import { createStore, type Store } from './store.js';

export const DEFAULT_DB = './dyad.db';

export interface OpenOptions {
  /** false (read commands): a missing SQLite file is an error, not a new empty dataset. */
  create?: boolean;
  env?: Record<string, string | undefined>;
}

export function resolveLocation(
  db: string | undefined,
  env: Record<string, string | undefined> = process.env,
) {
  const location = db ?? env.DYAD_DATABASE_URL ?? DEFAULT_DB;
  if (location.trim() === '')
    throw new DyadError('store', 'bad_config', 'expected a database file or URL, found ""');
  return location;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openStore(db?: string, options: OpenOptions = {}): Promise<Store> {
  return (await openEngineStore(db, options)).store;
}

/** Opens and migrates the store, also returning its engine for callers that add their own reads (the API). */
export async function openEngineStore(
  db?: string,
  options: OpenOptions = {},
): Promise<{ store: Store; engine: Engine }> {
  const location = resolveLocation(db, options.env);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location) && !isPostgresUrl(location)) {
    throw new DyadError(
      'store',
      'bad_config',
      `expected an SQLite file or a postgres:// URL, found "${location.replace(/\/\/[^@/]*@/, '//***@')}"`,
    );
  }
  const engine = isPostgresUrl(location)
    ? createPostgresEngine(location)
    : createSqliteEngine(location, { create: options.create ?? true });
  const store = createStore(engine);
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return { store, engine };
}
