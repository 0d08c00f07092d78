// `dyad ingest` as a library call: read sources → validate → dedupe → code (worker threads) → write, in input
// order, one transaction per batch. Memory stays bounded (a fixed number of batches in flight), and because
// batches commit in input order a killed run leaves a prefix of the input stored, which a rerun skips.
import { DyadError } from '../core/index.js';
import { readSources, type SourceKind } from '../ingest/sources.js';
import { validateInput } from '../pipeline/index.js';
import { type Coder, createCoder } from './coder-pool.js';
import { type Decision, Deduper } from './dedupe.js';
import type { Store } from './store.js';
import type { WriteItem } from './write-types.js';

export interface IngestOptions {
  /** Worker threads for coding; 0 codes on the calling thread. */
  workers?: number;
  /** Articles coded per worker task and written per transaction. */
  batchSize?: number;
  published?: string;
  kind?: SourceKind;
  fetch?: boolean;
  nearThreshold?: number;
  /** Stops reading when aborted; what was read is still coded and written. */
  signal?: AbortSignal;
  onProgress?: (progress: IngestProgress) => void;
  onError?: (error: DyadError, origin: string) => void;
  onSkipFile?: (path: string) => void;
  /** A coder to use instead of building one (tests). */
  coder?: Coder;
}

export interface IngestProgress {
  /** Articles read (valid or not). */
  read: number;
  coded: number;
  duplicates: number;
  /** Articles already in the store (an earlier run wrote them). */
  skipped: number;
  errors: number;
  newEvents: number;
  mentions: number;
  /** Input bytes consumed so far. */
  bytes: number;
}

export interface IngestSummary extends IngestProgress {
  interrupted: boolean;
  seconds: number;
}

interface Pending {
  decision: Decision;
  origin: string;
}

interface Slot {
  pending: Pending[];
  results: ReturnType<Coder['code']>;
}

export async function ingestPaths(
  store: Store,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const workers = options.workers ?? 0;
  const batchSize = options.batchSize ?? 16;
  const coder = options.coder ?? createCoder(workers);
  const deduper = new Deduper(store, options.nearThreshold);
  const progress: IngestProgress = {
    read: 0,
    coded: 0,
    duplicates: 0,
    skipped: 0,
    errors: 0,
    newEvents: 0,
    mentions: 0,
    bytes: 0,
  };
  const error = (e: DyadError, origin: string) => {
    progress.errors++;
    options.onError?.(e, origin);
  };
  const queue: Slot[] = [];
  const maxInFlight = Math.max(2, coder.threads * 2);
  let batch: Pending[] = [];

  const dispatch = () => {
    if (batch.length === 0) return;
    const pending = batch;
    batch = [];
    const docs = pending.flatMap((p) => (p.decision.kind === 'code' ? [toInput(p.decision)] : []));
    const results = docs.length ? coder.code(docs) : Promise.resolve([]);
    results.catch(() => {}); // awaited in order by flush(); this only silences the early rejection
    queue.push({ pending, results });
  };

  const flush = async () => {
    const slot = queue.shift();
    if (!slot) return;
    const results = await slot.results;
    const items: WriteItem[] = [];
    let r = 0;
    for (const { decision, origin } of slot.pending) {
      if (decision.kind === 'duplicate') {
        items.push({
          kind: 'duplicate',
          article: decision.meta,
          of: decision.of,
          dupKind: decision.dupKind,
          similarity: decision.similarity,
        });
      } else if (decision.kind === 'code') {
        const result = results[r++];
        if (!result || 'error' in result) {
          const message = result && 'error' in result ? result.error.message : 'no result from the coder';
          error(new DyadError('ingest', 'bad_input', `${origin}: could not be coded: ${message}`), origin);
        } else {
          items.push({ kind: 'coded', article: decision.meta, doc: result });
        }
      }
    }
    const report = await store.write(items);
    deduper.release(slot.pending.map((p) => p.decision));
    progress.coded += report.articles;
    progress.duplicates += report.duplicates;
    progress.skipped += report.skipped;
    progress.newEvents += report.newEvents;
    progress.mentions += report.mentions;
    for (const orphan of report.orphans) {
      error(
        new DyadError('ingest', 'bad_input', `${orphan}: a copy of an article that could not be coded`),
        orphan,
      );
    }
    options.onProgress?.({ ...progress });
  };

  let interrupted = false;
  try {
    for await (const item of readSources(paths, {
      ...(options.published ? { published: options.published } : {}),
      ...(options.kind ? { kind: options.kind } : {}),
      ...(options.fetch === false ? { fetch: false } : {}),
      ...(options.onSkipFile ? { onSkip: options.onSkipFile } : {}),
    })) {
      if (options.signal?.aborted) {
        interrupted = true;
        break;
      }
      progress.read++;
      progress.bytes = item.bytes;
      if ('error' in item) {
        error(item.error, item.origin);
        continue;
      }
      let input: typeof item.input;
      try {
        input = validateInput(item.input);
      } catch (e) {
        if (!(e instanceof DyadError)) throw e;
        error(
          new DyadError('ingest', e.code, `${item.origin}: ${e.message.replace(/^\[dyad:[^\]]+\] /, '')}`),
          item.origin,
        );
        continue;
      }
      const decision = await deduper.decide(input, item.byline);
      if (decision.kind === 'skip') {
        progress.skipped++;
        continue;
      }
      batch.push({ decision, origin: item.origin });
      const toCode = batch.filter((p) => p.decision.kind === 'code').length;
      if (toCode >= batchSize || batch.length >= batchSize * 4) dispatch();
      while (queue.length >= maxInFlight) await flush();
    }
    dispatch();
    while (queue.length > 0) await flush();
  } finally {
    // On failure, wait for coding already started so no worker outlives the run.
    await Promise.allSettled(queue.map((s) => s.results));
    if (!options.coder) await coder.close();
  }
  options.onProgress?.({ ...progress });
  return { ...progress, interrupted, seconds: (performance.now() - started) / 1000 };
}

function toInput(decision: Extract<Decision, { kind: 'code' }>) {
  const m = decision.meta;
  return {
    id: m.docId,
    text: m.text,
    ...(m.published ? { published: m.published } : {}),
    ...(m.url ? { url: m.url } : {}),
    ...(m.source ? { source: m.source } : {}),
    ...(m.title ? { title: m.title } : {}),
  };
}
