// `dyad eval`: score predictions (given, or coded now) against a gold set, by task.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type CodedDoc, DyadError } from '../core/index.js';
import { createPipeline, type Pipeline } from '../pipeline/index.js';
import { scoreEntities } from './entities.js';
import { scoreEvents } from './events.js';
import { codeGold, type GoldRecord, loadGold, loadPredictions, readJson } from './load.js';
import { scorePlaces } from './places.js';
import { scoreQuotes } from './quotes.js';
import type { Report } from './report.js';
import { scoreSeed } from './seed.js';
import { scoreTimes } from './times.js';

export const TASKS = ['events', 'quotes', 'entities', 'times', 'places', 'seed'] as const;
export type Task = (typeof TASKS)[number];

const SCORERS: Record<Exclude<Task, 'seed'>, (gold: GoldRecord[], preds: Map<string, CodedDoc>) => Report> = {
  events: scoreEvents,
  quotes: scoreQuotes,
  entities: scoreEntities,
  times: scoreTimes,
  places: scorePlaces,
};

export async function evaluate(
  task: string,
  goldPath: string,
  options: { pred?: string; pipeline?: Pipeline } = {},
): Promise<Report> {
  if (!(TASKS as readonly string[]).includes(task)) {
    throw new DyadError('eval', 'bad_input', `unknown task "${task}": expected one of ${TASKS.join(', ')}`);
  }
  const pipeline = options.pipeline ?? createPipeline();
  if (task === 'seed') {
    const gold = (await readJson(goldPath)) as {
      id: string;
      text_file?: string;
      text?: string;
      published?: string;
    };
    const text =
      gold.text ?? readFileSync(resolve(dirname(goldPath), gold.text_file ?? 'article.txt'), 'utf8');
    let doc: CodedDoc | undefined;
    if (options.pred) doc = (await loadPredictions(options.pred)).get(gold.id);
    doc ??= pipeline.code({ id: gold.id, text, ...(gold.published ? { published: gold.published } : {}) });
    return scoreSeed(gold as Parameters<typeof scoreSeed>[0], doc);
  }
  const gold = await loadGold(goldPath);
  const preds = options.pred ? await loadPredictions(options.pred) : codeGold(gold, pipeline);
  return SCORERS[task as Exclude<Task, 'seed'>](gold, preds);
}
