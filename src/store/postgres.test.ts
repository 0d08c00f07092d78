// The store conformance suite on a real PostgreSQL, in a fresh schema dropped afterwards. The server is
// DYAD_TEST_PG_URL (set by .ci/run), else postgres://postgres@127.0.0.1:5432/test; when it cannot be reached
// the suite is skipped with the reason printed, except in CI, where that is a failure.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';
import { parsePostgresUrl } from './postgres-driver.js';
import { describeStoreConformance } from './store.conformance.js';

const URL_BASE = process.env.DYAD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: URL_BASE, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return `PostgreSQL not reachable at ${URL_BASE}: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await client.end().catch(() => {});
  }
}

const unreachable = await reachable();
if (unreachable) {
  process.stderr.write(`[dyad:store] skipping the PostgreSQL conformance run: ${unreachable}\n`);
  if (process.env.CI)
    describe('PostgreSQL in CI', () => it('is reachable', () => expect(unreachable).toBeUndefined()));
}

describeStoreConformance(
  'postgres',
  async () => {
    const schema = `dyad_test_${randomBytes(6).toString('hex')}`;
    const url = `${URL_BASE}${URL_BASE.includes('?') ? '&' : '?'}schema=${schema}`;
    const store = await openStore(url);
    return {
      store,
      cleanup: async () => {
        await store.close();
        const client = new pg.Client({ connectionString: URL_BASE });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      },
    };
  },
  unreachable,
);

describe('PostgreSQL URLs', () => {
  it('splits off the schema and hides the password', () => {
    expect(parsePostgresUrl('postgres://u:secret@db:5432/x?schema=ds&sslmode=disable')).toEqual({
      connectionString: 'postgres://u:secret@db:5432/x?sslmode=disable',
      schema: 'ds',
      location: 'postgres://u:***@db:5432/x?sslmode=disable (schema ds)',
    });
  });

  it('refuses a schema name that is not an identifier', () => {
    expect(() => parsePostgresUrl('postgres://db/x?schema=a;drop')).toThrow(/expected a schema name/);
  });

  it.skipIf(Boolean(unreachable))('reports an unreachable server clearly', async () => {
    await expect(openStore('postgres://postgres@127.0.0.1:1/test')).rejects.toThrow(
      /\[dyad:store\] expected a PostgreSQL server at postgres:\/\/postgres@127\.0\.0\.1:1\/test, found:/,
    );
  });
});
