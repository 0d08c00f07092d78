#!/usr/bin/env node
// Throughput benchmark: wink-nlp's own pass (the floor), dyad's text stage and the full pipeline, then a
// piscina worker pool over all cores. Each phase runs in its own process so peak RSS is the phase's own.
// Usage: npm run bench [-- CORPUS.jsonl] [--limit N]
import { fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

function loadCorpus(path, limit) {
  if (path) {
    const docs = readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l, i) => {
        const r = JSON.parse(l);
        return { id: String(r.id ?? i), text: String(r.text ?? ''), published: r.published };
      })
      .filter((d) => d.text.trim());
    return docs.slice(0, limit);
  }
  const dir = join(root, 'examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8') }));
}

async function phase(name, docs) {
  const { wink } = await import('../dist/text/wink.js');
  const { buildTextLayer } = await import('../dist/text/layer.js');
  const { createPipeline } = await import('../dist/pipeline/index.js');
  let run;
  if (name === 'wink floor') {
    const nlp = wink();
    const its = nlp.its;
    run = (d) => {
      const doc = nlp.readDoc(d.text);
      const tokens = doc.tokens();
      tokens.out();
      tokens.out(its.pos);
      tokens.out(its.lemma);
      tokens.out(its.type);
      doc.sentences().out(its.span);
    };
  } else if (name === 'text stage') {
    run = (d) => buildTextLayer(d.text);
  } else {
    const pipeline = createPipeline();
    run = (d) => pipeline.code(d);
  }
  for (const d of docs.slice(0, 20)) run(d); // warm-up: loads models and gazetteers outside the timing
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const d of docs) run(d);
  const cpu = process.cpuUsage(c0);
  // CPU seconds as well as wall seconds: on a shared machine the wall clock also counts waiting for a core
  return {
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    rssMb: process.resourceUsage().maxRSS / 1024,
  };
}

async function pool(docs, threads) {
  const { Piscina } = await import('piscina');
  const piscina = new Piscina({
    filename: join(here, 'worker.js'),
    minThreads: threads,
    maxThreads: threads,
  });
  await Promise.all(Array.from({ length: threads * 2 }, () => piscina.run({ docs: docs.slice(0, 10) })));
  const t0 = performance.now();
  const batch = 16;
  const jobs = [];
  for (let i = 0; i < docs.length; i += batch) jobs.push(piscina.run({ docs: docs.slice(i, i + batch) }));
  await Promise.all(jobs);
  const seconds = (performance.now() - t0) / 1000;
  await piscina.destroy();
  return { seconds, rssMb: process.resourceUsage().maxRSS / 1024 };
}

async function child() {
  const { name, corpus, limit, threads } = JSON.parse(process.argv[3]);
  const docs = loadCorpus(corpus, limit);
  const result = name === 'full pipeline, pool' ? await pool(docs, threads) : await phase(name, docs);
  process.send({ ...result, docs: docs.length });
}

function runChild(args) {
  return new Promise((resolve, reject) => {
    const p = fork(fileURLToPath(import.meta.url), ['--child', JSON.stringify(args)]);
    p.on('message', resolve);
    p.on('exit', (code) => code && reject(new Error(`${args.name} exited with ${code}`)));
  });
}

async function parent() {
  const args = process.argv.slice(2);
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args.splice(limitAt, 2)[1]) : undefined;
  const shared = join(root, '..', 'shared', 'corpus', 'bbc.jsonl');
  const corpus = args[0] ?? (existsSync(shared) ? shared : undefined);
  if (!existsSync(join(root, 'dist', 'pipeline', 'index.js'))) {
    console.error('bench: dist/ is missing; run `npm run build` first');
    process.exit(1);
  }
  const { buildTextLayer } = await import('../dist/text/layer.js');
  const docs = loadCorpus(corpus, limit);
  let sentences = 0;
  let tokens = 0;
  for (const d of docs) {
    const layer = buildTextLayer(d.text);
    sentences += layer.sentences.length;
    tokens += layer.tokens.length;
  }
  const threads = availableParallelism();
  console.log(
    `corpus: ${corpus ?? 'examples/*.txt'} — ${docs.length} articles, ${sentences} sentences, ${tokens} tokens`,
  );
  console.log(`node ${process.version}, ${threads} cores, ${new Date().toISOString().slice(0, 10)}\n`);
  const rows = [];
  for (const name of ['wink floor', 'text stage', 'full pipeline'])
    rows.push({ name, threads: 1, ...(await runChild({ name, corpus, limit })) });
  rows.push({
    name: 'full pipeline, pool',
    threads,
    ...(await runChild({ name: 'full pipeline, pool', corpus, limit, threads })),
  });
  const floor = rows[0].seconds;
  const floorCpu = rows[0].cpuSeconds;
  const pad = (s, n) => String(s).padStart(n);
  console.log(
    `${'phase'.padEnd(22)} ${pad('threads', 7)} ${pad('articles/s', 11)} ${pad('sentences/s', 12)} ${pad('tokens/s', 10)} ${pad('peak RSS MB', 12)} ${pad('× floor', 8)} ${pad('art/CPU-s', 10)} ${pad('× floor CPU', 12)}`,
  );
  for (const r of rows) {
    const cpu =
      r.cpuSeconds === undefined
        ? ['', '']
        : [(r.docs / r.cpuSeconds).toFixed(0), (r.cpuSeconds / floorCpu).toFixed(2)];
    console.log(
      `${r.name.padEnd(22)} ${pad(r.threads, 7)} ${pad((r.docs / r.seconds).toFixed(0), 11)} ${pad((sentences / r.seconds).toFixed(0), 12)} ${pad((tokens / r.seconds).toFixed(0), 10)} ${pad(r.rssMb.toFixed(0), 12)} ${pad((r.seconds / floor).toFixed(2), 8)} ${pad(cpu[0], 10)} ${pad(cpu[1], 12)}`,
    );
  }
  console.log(`\nload average while measuring: ${loadavg()[0].toFixed(2)} (other processes share the cores)`);
}

if (process.argv[2] === '--child') await child();
else await parent();
