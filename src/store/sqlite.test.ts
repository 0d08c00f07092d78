// The store conformance suite on SQLite (a temporary file, so WAL and FTS5 run as in use).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';
import { describeStoreConformance } from './store.conformance.js';

describeStoreConformance('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
  const store = await openStore(join(dir, 'test.db'));
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('opening an SQLite store', () => {
  it('refuses a missing file for read commands, naming it', async () => {
    await expect(openStore('/nonexistent/dir/x.db', { create: false })).rejects.toThrow(
      /\[dyad:store\] expected a dyad database at \/nonexistent\/dir\/x.db, found no file/,
    );
  });

  it('refuses URLs of other databases', async () => {
    await expect(openStore('mysql://root@localhost/test')).rejects.toThrow(
      /expected an SQLite file or a postgres:\/\/ URL, found "mysql:/,
    );
  });

  it('takes DYAD_DATABASE_URL when --db is absent', async () => {
    await expect(
      openStore(undefined, { create: false, env: { DYAD_DATABASE_URL: '/nonexistent/env.db' } }),
    ).rejects.toThrow(/env\.db/);
  });
});
