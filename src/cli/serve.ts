// `dyad serve`: the HTTP API and the dashboard over a store; `dyad demo` (npm start) first ingests the
// project's examples/ into it, so a fresh checkout has something to show.
import { readdir, readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type Command, Option } from 'commander';
import { parse } from 'yaml';
import { type ApiStore, createApp, ingestDocs, openApiStore } from '../api/index.js';
import { DyadError, type InputDoc } from '../core/index.js';
import { createPipeline } from '../pipeline/index.js';

interface ServeOptions {
  port: string;
  host: string;
  db?: string;
  maxBody: string;
}

interface DemoOptions extends ServeOptions {
  examples: string;
}

const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

export function registerServeCommands(program: Command, version: string): void {
  const common = (command: Command) =>
    command
      .option('--port <n>', 'TCP port (0: any free port)', '8080')
      .option('--host <address>', 'address to listen on (0.0.0.0: every interface)', '127.0.0.1')
      .option('--db <file|url>', 'SQLite file or postgres:// URL (default: $DYAD_DATABASE_URL or ./dyad.db)')
      .addOption(new Option('--max-body <bytes>', 'largest request body').default('1000000'));
  common(
    program
      .command('serve')
      .description(
        'serve the HTTP API (/v1, /openapi.json) and the dashboard; DYAD_API_TOKEN enables writes',
      ),
  ).action((options: ServeOptions) => serveCommand(options, version));
  common(
    program
      .command('demo')
      .description(
        'ingest the example articles into the store (default ./dyad.db), then serve the dashboard',
      ),
  )
    .option('--examples <dir>', 'folder of NN-slug.txt articles with NN-slug.expected.yaml', EXAMPLES_DIR)
    .action((options: DemoOptions) => demoCommand(options, version));
}

export async function serveCommand(options: ServeOptions, version: string): Promise<void> {
  const store = await openApiStore(options.db, { create: false });
  await run(store, options, version);
}

export async function demoCommand(options: DemoOptions, version: string): Promise<void> {
  const docs = await readExamples(options.examples);
  const store = await openApiStore(options.db, { create: true });
  try {
    const report = await ingestDocs(store, createPipeline(), docs);
    process.stderr.write(
      `dyad: examples: ${report.coded} coded, ${report.exists} already stored, ${report.errors} errors; ` +
        `${report.newEvents} new events → ${store.location}\n`,
    );
    for (const r of report.results) if (r.error) process.stderr.write(`dyad: ${r.id}: ${r.error.message}\n`);
  } catch (error) {
    await store.close();
    throw error;
  }
  await run(store, options, version);
}

async function run(store: ApiStore, options: ServeOptions, version: string): Promise<void> {
  const port = whole('--port', options.port, 0, 65_535);
  const maxBodyBytes = whole('--max-body', options.maxBody, 1, 1_000_000_000);
  const pipeline = createPipeline();
  pipeline.code({ id: 'warm-up', text: 'The pipeline loads its knowledge base before the first request.' });
  const token = process.env.DYAD_API_TOKEN || undefined;
  const app = createApp({
    store,
    pipeline,
    token,
    maxBodyBytes,
    version,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const server = await listen(app.fetch, port, options.host);
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const host = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  process.stderr.write(
    `dyad: store ${store.location}; writes ${token ? 'enabled (bearer token)' : 'disabled (no DYAD_API_TOKEN)'}\n`,
  );
  process.stdout.write(
    `dyad: dashboard at http://${host}:${actual}/  (API: /v1, /openapi.json; Ctrl-C stops)\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => resolve());
      server.closeAllConnections?.();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await store.close();
}

function listen(
  fetch: Parameters<typeof serve>[0]['fetch'],
  port: number,
  hostname: string,
): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname }) as Server;
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? 'it is in use (pass --port)' : error.message;
      reject(
        new DyadError('serve', 'bad_config', `cannot listen on ${hostname}:${port}: ${why}`, {
          cause: error,
        }),
      );
    });
  });
}

/** The example articles with the publication date and title from each one's expected YAML. */
async function readExamples(dir: string): Promise<InputDoc[]> {
  const names = await readdir(dir).catch((cause: unknown) => {
    throw new DyadError('demo', 'not_found', `expected a folder of example articles at ${dir}, found none`, {
      cause,
    });
  });
  const files = names.filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0)
    throw new DyadError('demo', 'not_found', `expected .txt articles in ${dir}, found none`);
  return Promise.all(
    files.map(async (file) => {
      const id = file.replace(/\.txt$/, '');
      const text = await readFile(join(dir, file), 'utf8');
      const meta = await readFile(join(dir, `${id}.expected.yaml`), 'utf8').then(
        (yaml) => parse(yaml) as { published?: string; title?: string },
        () => ({}) as { published?: string; title?: string },
      );
      return {
        id,
        text,
        ...(meta.published ? { published: String(meta.published) } : {}),
        ...(meta.title ? { title: meta.title } : {}),
      };
    }),
  );
}

function whole(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new DyadError(
      'cli',
      'bad_input',
      `${flag}: expected a whole number from ${min} to ${max}, found "${value}"`,
    );
  }
  return n;
}
