// `dyad ingest` and the query commands as a user runs them (child processes). Issue 6: a kill -9 during an
// ingest, then the same command again, gives exactly the dataset of an uninterrupted run.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GDELT_COLUMNS } from '../src/store/export-rows.js';
import { syntheticDocs, writeJsonl } from './helpers/corpus.js';
import { runCli, spawnCli } from './helpers/run-cli.js';

const N = 400;
const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
const corpus = join(dir, 'corpus.jsonl');
const full = join(dir, 'full.db');
const ingestArgs = (db: string) => ['ingest', corpus, '--db', db, '--workers', '1', '--batch-size', '4'];

function storedArticles(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not migrated yet
  }
}

async function dataset(db: string) {
  const stats = await runCli(['stats', '--json', '--db', db]);
  const exported = await runCli(['export', '--format', 'jsonl', '--db', db]);
  const mentions = await runCli(['export', '--table', 'mentions', '--format', 'csv', '--db', db]);
  const { database: _, ...counts } = JSON.parse(stats.stdout) as Record<string, unknown>;
  return { counts, events: exported.stdout, mentions: mentions.stdout };
}

beforeAll(async () => {
  writeJsonl(corpus, syntheticDocs(N));
  const run = await runCli(ingestArgs(full));
  expect(run.code, run.stderr).toBe(0);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dyad ingest', () => {
  it('prints plain progress lines and a summary when stderr is not a terminal', async () => {
    const db = join(dir, 'small.db');
    const run = await runCli(['ingest', corpus, '--db', db, '--workers', '0']);
    expect(run.stderr).toMatch(/^ingest: \d+ read, \d+ coded, .* art\/s/m);
    expect(run.stderr).toMatch(new RegExp(`dyad: ingested ${N} inputs in .* ${N} coded, 0 duplicates`));
  }, 120_000);

  it('after kill -9 and a rerun, holds exactly the dataset of an uninterrupted run (issue 6)', async () => {
    const killed = join(dir, 'killed.db');
    const child = spawnCli(ingestArgs(killed));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    let atKill = 0;
    const started = Date.now();
    while (Date.now() - started < 60_000) {
      atKill = storedArticles(killed);
      if (atKill >= 12) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await exited;
    atKill = storedArticles(killed);
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(N);
    const rerun = await runCli(ingestArgs(killed));
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`${atKill} already stored`));
    const [a, b] = await Promise.all([dataset(full), dataset(killed)]);
    expect(b.counts).toEqual(a.counts);
    expect(b.events).toBe(a.events);
    expect(b.mentions).toBe(a.mentions);
    expect(a.counts).toMatchObject({ articles: N });
  }, 180_000);

  it('exits non-zero when nothing in the input can be ingested', async () => {
    const run = await runCli(['ingest', join(dir, 'nothing.jsonl'), '--db', join(dir, 'none.db')]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/nothing.jsonl: no such file or folder/);
  }, 60_000);
});

describe('query and export commands', () => {
  it('events: filters and CSV', async () => {
    const run = await runCli([
      'events',
      '--db',
      full,
      '--type',
      'CONSULT',
      '--format',
      'csv',
      '--limit',
      '0',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const [header, ...rows] = run.stdout.trim().split('\n');
    expect(header).toBe(
      'id,day,type,cameo,quad,goldstein,source,target,source_name,target_name,place,country,mentions,sources,articles',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.split(',')[2] === 'CONSULT')).toBe(true);
  }, 60_000);

  it('events: a bad filter is refused with the flag named', async () => {
    const run = await runCli(['events', '--db', full, '--cameo', 'x1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--cameo: expected a CAMEO code of 2 to 4 digits, found "x1"/);
  }, 60_000);

  it('series, actors, quotes, search and stats answer', async () => {
    const series = await runCli(['series', 'PAK', 'KAZ', '--by', 'month', '--db', full, '--format', 'jsonl']);
    expect(series.code, series.stderr).toBe(0);
    const rows = series.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { period: string; events: number });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => /^2024-\d{2}$/.test(r.period))).toBe(true);
    const actors = await runCli(['actors', '--db', full, '--limit', '5']);
    expect(actors.stdout).toMatch(/^code\s+name/);
    const search = await runCli(['search', 'fertiliser', '--db', full, '--format', 'jsonl', '--limit', '3']);
    expect(search.stdout.trim().split('\n')).toHaveLength(3);
    const stats = await runCli(['stats', '--db', full]);
    expect(stats.stdout).toMatch(new RegExp(`articles\\s+${N}`));
    const missing = await runCli(['stats', '--db', join(dir, 'absent.db')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/expected a dyad database at .*absent.db, found no file/);
  }, 60_000);

  it('export: GDELT 2.0 rows of 61 tab-separated columns, and Parquet read back by DuckDB', async () => {
    const gdelt = await runCli(['export', '--format', 'gdelt', '--db', full]);
    const lines = gdelt.stdout.split('\n').filter((l) => l !== '');
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(lines.every((l) => l.split('\t').length === 61)).toBe(true);
    const out = join(dir, 'events.parquet');
    const parquet = await runCli(['export', '--format', 'parquet', '--out', out, '--db', full]);
    expect(parquet.code, parquet.stderr).toBe(0);
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const duck = await DuckDBInstance.create(':memory:');
    const conn = await duck.connect();
    const result = await conn.runAndReadAll(
      `SELECT count(*)::INTEGER AS n, max(numSources) AS s FROM '${out}'`,
    );
    expect(result.getRows()[0]![0]).toBe(lines.length);
    conn.closeSync();
    duck.closeSync();
  }, 60_000);
});
