// `dyad export`: the whole dataset (or a filtered part) as JSON Lines, CSV, GDELT 2.0 TSV (no header line,
// as GDELT's own files) or Parquet.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { DyadError } from '../core/index.js';
import { flatMention, gdeltRow, iterateEvents, iterateMentions } from '../store/export-rows.js';
import type { EventRecord, MentionRecord, Store } from '../store/index.js';
import { type ParquetType, writeParquet } from '../store/parquet.js';
import { EVENT_COLUMNS } from './events.js';
import { write } from './output.js';
import { csvCell } from './rows-output.js';
import { type DbOptions, type FilterOptions, parseEventFilter, withStore } from './store-options.js';

interface ExportOptions extends DbOptions, FilterOptions {
  format: 'jsonl' | 'csv' | 'gdelt' | 'parquet';
  table: 'events' | 'mentions';
  out?: string;
}

const EVENT_TYPES: Record<keyof EventRecord, ParquetType> = {
  id: 'VARCHAR',
  day: 'VARCHAR',
  dateValue: 'VARCHAR',
  datePrecision: 'VARCHAR',
  type: 'VARCHAR',
  cameo: 'VARCHAR',
  quadClass: 'INTEGER',
  goldstein: 'DOUBLE',
  sourceCode: 'VARCHAR',
  sourceName: 'VARCHAR',
  targetCode: 'VARCHAR',
  targetName: 'VARCHAR',
  symmetric: 'BOOLEAN',
  placeName: 'VARCHAR',
  placeCountry: 'VARCHAR',
  lat: 'DOUBLE',
  lon: 'DOUBLE',
  firstSeen: 'VARCHAR',
  lastSeen: 'VARCHAR',
  numMentions: 'INTEGER',
  numSources: 'INTEGER',
  numArticles: 'INTEGER',
  rootArticle: 'VARCHAR',
};

const MENTION_TYPES: Record<keyof ReturnType<typeof flatMention>, ParquetType> = {
  eventId: 'VARCHAR',
  articleId: 'VARCHAR',
  docId: 'VARCHAR',
  docEventId: 'VARCHAR',
  title: 'VARCHAR',
  source: 'VARCHAR',
  url: 'VARCHAR',
  published: 'VARCHAR',
  type: 'VARCHAR',
  cameo: 'VARCHAR',
  quadClass: 'INTEGER',
  goldstein: 'DOUBLE',
  sourceCode: 'VARCHAR',
  targetCode: 'VARCHAR',
  dateValue: 'VARCHAR',
  datePrecision: 'VARCHAR',
  placeName: 'VARCHAR',
  placeCountry: 'VARCHAR',
  negated: 'BOOLEAN',
  modality: 'VARCHAR',
  confidence: 'DOUBLE',
  rule: 'VARCHAR',
  sameAs: 'VARCHAR',
  triggerStart: 'INTEGER',
  triggerEnd: 'INTEGER',
  triggerText: 'VARCHAR',
  sentenceIndex: 'INTEGER',
  sentenceStart: 'INTEGER',
  sentenceEnd: 'INTEGER',
  sentenceText: 'VARCHAR',
};

export async function exportCommand(options: ExportOptions): Promise<void> {
  const filter = parseEventFilter(options);
  if (options.format === 'parquet' && !options.out) {
    throw new DyadError('cli', 'bad_input', '--format parquet: expected --out FILE, found no output file');
  }
  if (options.format === 'gdelt' && options.table !== 'events') {
    throw new DyadError(
      'cli',
      'bad_input',
      `--format gdelt: expected --table events, found "${options.table}"`,
    );
  }
  if (options.table === 'mentions' && Object.keys(filter).length > 0) {
    throw new DyadError('cli', 'bad_input', '--table mentions: expected no event filters, found some');
  }
  await withStore(options, async (store) => {
    let count: number;
    if (options.format === 'parquet') {
      count =
        options.table === 'events'
          ? await writeParquet(eventRows(store, filter), EVENT_TYPES, options.out!)
          : await writeParquet(mentionRows(store), MENTION_TYPES, options.out!);
    } else {
      const out: Writable = options.out ? createWriteStream(options.out) : process.stdout;
      count = await writeText(out, store, options, filter);
      if (options.out) {
        out.end();
        await once(out, 'finish');
      }
    }
    process.stderr.write(
      `dyad: exported ${count} ${options.table}${options.out ? ` to ${options.out}` : ''}\n`,
    );
  });
}

async function writeText(
  out: Writable,
  store: Store,
  options: ExportOptions,
  filter: ReturnType<typeof parseEventFilter>,
): Promise<number> {
  let count = 0;
  if (options.table === 'mentions') {
    const columns = Object.keys(MENTION_TYPES) as (keyof typeof MENTION_TYPES)[];
    if (options.format === 'csv') await write(out, `${columns.join(',')}\n`);
    for await (const m of iterateMentions(store)) {
      const flat = flatMention(m);
      count++;
      if (options.format === 'jsonl') await write(out, `${JSON.stringify(m)}\n`);
      else await write(out, `${columns.map((c) => csvCell(flat[c])).join(',')}\n`);
    }
    return count;
  }
  if (options.format === 'csv') await write(out, `${EVENT_COLUMNS.map((c) => c.header).join(',')}\n`);
  for await (const { event, mentions } of iterateEvents(store, filter)) {
    count++;
    if (options.format === 'jsonl') await write(out, `${JSON.stringify({ ...event, mentions })}\n`);
    else if (options.format === 'csv')
      await write(out, `${EVENT_COLUMNS.map((c) => csvCell(c.value(event))).join(',')}\n`);
    else
      await write(
        out,
        `${gdeltRow(event, mentions)
          .map((v) => String(v).replace(/[\t\r\n]+/g, ' '))
          .join('\t')}\n`,
      );
  }
  return count;
}

async function* eventRows(store: Store, filter: ReturnType<typeof parseEventFilter>) {
  for await (const { event } of iterateEvents(store, filter))
    yield event as unknown as Record<string, unknown>;
}

async function* mentionRows(store: Store) {
  for await (const m of iterateMentions(store))
    yield flatMention(m as MentionRecord) as unknown as Record<string, unknown>;
}
