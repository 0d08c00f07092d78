#!/usr/bin/env node
// Ingest benchmark: `dyad ingest` of a corpus into a fresh store with 1 and with 2 worker threads (articles/s,
// peak RSS of the process), then the latency of a `dyad series` query over the whole store. Each run is a
// child process so its peak RSS is its own. Skips when the corpus is absent.
// Usage: node bench/ingest.js [CORPUS.jsonl] [--limit N] [--pg postgres://…]
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

async function child() {
  const { corpus, db, workers, pair } = JSON.parse(process.argv[3]);
  const { openStore } = await import('../dist/store/index.js');
  const { ingestPaths } = await import('../dist/store/ingest-run.js');
  const store = await openStore(db);
  const summary = await ingestPaths(store, [corpus], { workers, batchSize: 16 });
  const stats = await store.stats();
  const times = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    await store.series(pair[0], pair[1], 'month');
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const seriesRows = (await store.series(pair[0], pair[1], 'month')).rows.length;
  await store.close();
  process.send({
    seconds: summary.seconds,
    inputs: summary.coded + summary.duplicates,
    duplicates: summary.duplicates,
    errors: summary.errors,
    events: stats.events,
    mentions: stats.mentions,
    rssMb: process.resourceUsage().maxRSS / 1024,
    seriesMs: times[Math.floor(times.length / 2)],
    seriesRows,
  });
}

function run(args) {
  return new Promise((resolve, reject) => {
    const p = fork(fileURLToPath(import.meta.url), ['--child', JSON.stringify(args)]);
    p.on('message', resolve);
    p.on(
      'exit',
      (code) => code && reject(new Error(`ingest with ${args.workers} workers exited with ${code}`)),
    );
  });
}

async function parent() {
  const args = process.argv.slice(2);
  const take = (flag) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args.splice(at, 2)[1] : undefined;
  };
  const limit = take('--limit');
  const pg = take('--pg');
  const shared = join(root, '..', 'shared', 'corpus', 'bbc.jsonl');
  let corpus = args[0] ?? shared;
  if (!existsSync(corpus)) {
    console.log(`bench: no corpus at ${corpus}; skipped (pass a JSON Lines file to measure)`);
    return;
  }
  if (!existsSync(join(root, 'dist', 'store', 'index.js'))) {
    console.error('bench: dist/ is missing; run `npm run build` first');
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  if (limit) {
    const lines = (await readFile(corpus, 'utf8')).split('\n').filter((l) => l.trim());
    corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, `${lines.slice(0, Number(limit)).join('\n')}\n`);
  }
  const pair = ['GBR', 'USA'];
  console.log(`corpus: ${corpus}`);
  console.log(
    `node ${process.version}, ${availableParallelism()} cores, ${new Date().toISOString().slice(0, 10)}`,
  );
  console.log(`series query: dyad series ${pair.join(' ')} --by month (median of 7)\n`);
  const rows = [];
  try {
    for (const workers of [1, 2]) {
      const db = join(dir, `w${workers}.db`);
      rows.push({ store: 'SQLite', workers, ...(await run({ corpus, db, workers, pair })) });
    }
    if (pg) {
      const schema = `dyad_bench_${Date.now()}`;
      const url = `${pg}${pg.includes('?') ? '&' : '?'}schema=${schema}`;
      rows.push({ store: 'PostgreSQL', workers: 2, ...(await run({ corpus, db: url, workers: 2, pair })) });
      const { default: pgLib } = await import('pg');
      const client = new pgLib.Client({ connectionString: pg });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pad = (s, n) => String(s).padStart(n);
  console.log(
    `${'store'.padEnd(10)} ${pad('workers', 7)} ${pad('articles', 8)} ${pad('dups', 5)} ${pad('events', 7)} ${pad('mentions', 8)} ${pad('seconds', 8)} ${pad('articles/s', 10)} ${pad('peak RSS MB', 11)} ${pad('series ms', 9)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.store.padEnd(10)} ${pad(r.workers, 7)} ${pad(r.inputs, 8)} ${pad(r.duplicates, 5)} ${pad(r.events, 7)} ${pad(r.mentions, 8)} ${pad(r.seconds.toFixed(1), 8)} ${pad((r.inputs / r.seconds).toFixed(1), 10)} ${pad(r.rssMb.toFixed(0), 11)} ${pad(r.seriesMs.toFixed(1), 9)}`,
    );
  }
}

if (process.argv[2] === '--child') await child();
else await parent();
