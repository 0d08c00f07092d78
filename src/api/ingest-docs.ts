// Ingest of articles already in memory (POST /v1/articles, `dyad demo`): the same steps as `dyad ingest`
// (validate → dedupe → code → write in one transaction) on the calling thread, with one result per input.
import { DyadError, type InputDoc } from '../core/index.js';
import { type Pipeline, validateInput } from '../pipeline/index.js';
import { Deduper } from '../store/dedupe.js';
import type { Store, WriteItem } from '../store/index.js';
import type { IngestResponse, IngestResult } from './schemas.js';

export async function ingestDocs(
  store: Store,
  pipeline: Pipeline,
  inputs: readonly InputDoc[],
): Promise<IngestResponse> {
  const deduper = new Deduper(store);
  const results: IngestResult[] = [];
  const items: WriteItem[] = [];
  const decisions = [];
  for (const raw of inputs) {
    const result: IngestResult = {
      id: raw.id,
      status: 'coded',
      articleId: null,
      duplicateOf: null,
      events: 0,
      error: null,
    };
    results.push(result);
    try {
      const input = validateInput(raw, pipeline.options.maxChars);
      const decision = await deduper.decide(input);
      if (decision.kind === 'skip') {
        Object.assign(result, { status: 'exists', articleId: decision.key });
        continue;
      }
      decisions.push(decision);
      result.articleId = decision.meta.id;
      if (decision.kind === 'duplicate') {
        Object.assign(result, { status: 'duplicate', duplicateOf: decision.of });
        items.push({ ...decision, kind: 'duplicate', article: decision.meta });
        continue;
      }
      const doc = pipeline.code(input);
      result.events = doc.events.length;
      items.push({ kind: 'coded', article: decision.meta, doc });
    } catch (error) {
      if (!(error instanceof DyadError)) throw error;
      Object.assign(result, { status: 'error', error: { code: error.code, message: error.message } });
    }
  }
  const report = await store.write(items);
  deduper.release(decisions);
  const count = (status: IngestResult['status']) => results.filter((r) => r.status === status).length;
  return {
    results,
    coded: count('coded'),
    duplicates: count('duplicate'),
    exists: count('exists'),
    errors: count('error'),
    newEvents: report.newEvents,
  };
}
