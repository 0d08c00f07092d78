// `dyad ingest PATH… | -`: files, folders, feeds, OPML lists or stdin into the dataset, with progress.
// Ctrl-C stops reading and writes what is in flight; a second Ctrl-C (or kill -9) stops at once, and the
// same command run again resumes where the data stops.
import { availableParallelism } from 'node:os';
import { DyadError } from '../core/index.js';
import type { SourceKind } from '../ingest/sources.js';
import { measurePaths } from '../ingest/sources.js';
import { openStore } from '../store/index.js';
import { ingestPaths } from '../store/ingest-run.js';
import { createProgress } from './progress.js';
import type { DbOptions } from './store-options.js';

interface IngestOptions extends DbOptions {
  workers?: string;
  batchSize: string;
  published?: string;
  input: 'auto' | SourceKind;
  fetch: boolean;
  threshold: string;
  progress: boolean;
}

export async function ingestCommand(paths: string[], options: IngestOptions): Promise<void> {
  const workers =
    options.workers === undefined ? availableParallelism() : wholeNumber('--workers', options.workers, 0);
  const batchSize = wholeNumber('--batch-size', options.batchSize, 1);
  const threshold = Number(options.threshold);
  if (!(threshold > 0 && threshold <= 1)) {
    throw new DyadError(
      'cli',
      'bad_input',
      `--threshold: expected a number in (0, 1], found "${options.threshold}"`,
    );
  }
  if (options.published && !/^\d{4}-\d{2}-\d{2}$/.test(options.published)) {
    throw new DyadError('cli', 'bad_input', `--published: expected YYYY-MM-DD, found "${options.published}"`);
  }
  const inputs = paths.length ? paths : ['-'];
  const { bytes } = await measurePaths(inputs);
  const store = await openStore(options.db, { create: true });
  const progress = createProgress({
    totalBytes: bytes,
    tty: Boolean(process.stderr.isTTY),
    quiet: !options.progress,
  });
  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = () => {
    interrupts++;
    if (interrupts > 1) process.exit(130);
    progress.log('dyad: stopping after the articles in flight (Ctrl-C again to stop now; rerun to resume)');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let skippedFiles = 0;
  try {
    const summary = await ingestPaths(store, inputs, {
      workers,
      batchSize,
      nearThreshold: threshold,
      fetch: options.fetch,
      signal: controller.signal,
      ...(options.published ? { published: options.published } : {}),
      ...(options.input !== 'auto' ? { kind: options.input } : {}),
      onProgress: (p) => progress.update(p),
      onError: (error) => progress.log(`dyad: ${error.message}`),
      onSkipFile: () => {
        skippedFiles++;
      },
    });
    progress.stop();
    const rate = summary.seconds > 0 ? (summary.coded + summary.duplicates) / summary.seconds : 0;
    process.stderr.write(
      `dyad: ${summary.interrupted ? 'interrupted after' : 'ingested'} ${summary.read} inputs in ${summary.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s): ` +
        `${summary.coded} coded, ${summary.duplicates} duplicates, ${summary.skipped} already stored, ${summary.errors} errors; ` +
        `${summary.newEvents} new events, ${summary.mentions} mentions → ${store.location}` +
        `${skippedFiles ? `; ${skippedFiles} files of unknown type skipped` : ''}\n`,
    );
    if (summary.interrupted) process.exitCode = 130;
    else if (summary.errors > 0 && summary.coded + summary.duplicates + summary.skipped === 0) {
      throw new DyadError('ingest', 'bad_input', 'no article in the input could be ingested');
    }
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}

function wholeNumber(flag: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new DyadError('cli', 'bad_input', `${flag}: expected a whole number ≥ ${min}, found "${value}"`);
  }
  return n;
}
