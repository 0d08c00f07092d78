// Loads a gold file and the predictions to score against it: read from --pred, or coded now by dyad.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { type CodedDoc, DyadError } from '../core/index.js';
import { createPipeline, type Pipeline } from '../pipeline/index.js';

export interface GoldRecord {
  id: string;
  text: string;
  published?: string;
  [key: string]: unknown;
}

async function* jsonLines(path: string): AsyncGenerator<{ n: number; value: unknown }> {
  await stat(path).catch((cause) => {
    throw new DyadError('eval', 'not_found', `${path}: no such file`, { cause });
  });
  const lines = createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    try {
      yield { n, value: JSON.parse(line) };
    } catch {
      yield { n, value: undefined };
    }
  }
}

export async function loadGold(path: string): Promise<GoldRecord[]> {
  const records: GoldRecord[] = [];
  for await (const { n, value } of jsonLines(path)) {
    const record = value as GoldRecord | undefined;
    if (!record || typeof record.id !== 'string' || typeof record.text !== 'string') {
      throw new DyadError(
        'eval',
        'bad_data',
        `${path} line ${n}: expected a gold record with "id" and "text"`,
      );
    }
    records.push(record);
  }
  return records;
}

/** Predictions by id. Unparsable lines and error lines are skipped: they count as empty predictions. */
export async function loadPredictions(path: string): Promise<Map<string, CodedDoc>> {
  const byId = new Map<string, CodedDoc>();
  for await (const { value } of jsonLines(path)) {
    const doc = value as CodedDoc | undefined;
    if (doc && typeof doc.id === 'string' && !('error' in doc)) byId.set(doc.id, doc);
  }
  return byId;
}

export function codeGold(
  records: GoldRecord[],
  pipeline: Pipeline = createPipeline(),
): Map<string, CodedDoc> {
  const byId = new Map<string, CodedDoc>();
  for (const r of records) {
    try {
      byId.set(
        r.id,
        pipeline.code({ id: r.id, text: r.text, ...(r.published ? { published: r.published } : {}) }),
      );
    } catch {
      // an uncodable gold text scores as an empty prediction
    }
  }
  return byId;
}

export async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch((cause) => {
    throw new DyadError('eval', 'not_found', `${path}: no such file`, { cause });
  });
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new DyadError('eval', 'bad_json', `${path}: not valid JSON`, { cause });
  }
}

/** The country-level code of an actor: first three letters of its code, or its country. */
export function actorCountry(doc: CodedDoc, actorId: string): string | undefined {
  const actor = doc.actors.find((a) => a.id === actorId);
  if (!actor) return undefined;
  return actor.code.length >= 3 ? actor.code.slice(0, 3) : actor.country;
}
