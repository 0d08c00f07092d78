// `dyad actors`, `dyad quotes`, `dyad search` and `dyad stats`.
import type { ActorRecord, QuoteRecord, SearchHit } from '../store/index.js';
import { write } from './output.js';
import { type Column, type RowFormat, writeRows } from './rows-output.js';
import { type DbOptions, parseLimit, withStore } from './store-options.js';

interface ListOptions extends DbOptions {
  format: RowFormat;
  limit?: string;
}

const ACTOR_COLUMNS: Column<ActorRecord>[] = [
  { header: 'code', value: (a) => a.code },
  { header: 'name', value: (a) => a.name, max: 36 },
  { header: 'country', value: (a) => a.country },
  { header: 'kind', value: (a) => a.kind },
  { header: 'role', value: (a) => a.role, max: 30 },
  { header: 'articles', value: (a) => a.numArticles },
  { header: 'first_seen', value: (a) => a.firstSeen },
  { header: 'last_seen', value: (a) => a.lastSeen },
];

export async function actorsCommand(
  match: string | undefined,
  options: ListOptions & { country?: string; kind?: string },
): Promise<void> {
  const limit = parseLimit(options.limit);
  await withStore(options, async (store) => {
    const rows = await store.actors({
      ...(match ? { match } : {}),
      ...(options.country ? { country: options.country } : {}),
      ...(options.kind ? { kind: options.kind } : {}),
      limit,
    });
    await writeRows(process.stdout, rows, ACTOR_COLUMNS, options.format);
  });
}

const QUOTE_COLUMNS: Column<QuoteRecord>[] = [
  { header: 'published', value: (q) => q.published },
  { header: 'speaker', value: (q) => q.speakerName ?? q.speakerText, max: 28 },
  { header: 'code', value: (q) => q.speakerCode },
  { header: 'kind', value: (q) => q.kind },
  { header: 'content', value: (q) => q.content, max: 90 },
  { header: 'article', value: (q) => q.title, max: 40 },
];

export async function quotesCommand(
  options: ListOptions & { speaker?: string; text?: string },
): Promise<void> {
  const limit = parseLimit(options.limit);
  await withStore(options, async (store) => {
    const rows = await store.quotes({
      ...(options.speaker ? { speaker: options.speaker } : {}),
      ...(options.text ? { text: options.text } : {}),
      limit,
    });
    await writeRows(process.stdout, rows, QUOTE_COLUMNS, options.format);
  });
}

const SEARCH_COLUMNS: Column<SearchHit>[] = [
  { header: 'published', value: (h) => h.published },
  { header: 'title', value: (h) => h.title ?? h.docId, max: 50 },
  { header: 'source', value: (h) => h.source, max: 20 },
  { header: 'copy_of', value: (h) => (h.duplicateOf ? h.duplicateOf.slice(0, 8) : '') },
  { header: 'snippet', value: (h) => h.snippet, max: 90 },
];

export async function searchCommand(text: string, options: ListOptions): Promise<void> {
  const limit = parseLimit(options.limit, 20);
  await withStore(options, async (store) => {
    const hits = await store.search(text, limit);
    await writeRows(process.stdout, hits, SEARCH_COLUMNS, options.format);
  });
}

export async function statsCommand(options: DbOptions & { json?: boolean }): Promise<void> {
  await withStore(options, async (store) => {
    const stats = await store.stats();
    if (options.json) {
      await write(
        process.stdout,
        `${JSON.stringify({ database: store.location, engine: store.engine, ...stats })}\n`,
      );
      return;
    }
    const lines = [
      ['database', `${store.location} (${store.engine})`],
      ['articles', stats.articles],
      ['duplicates', `${stats.duplicates} (${stats.exactDuplicates} exact, ${stats.nearDuplicates} near)`],
      ['sources', stats.sources],
      ['events', stats.events],
      ['mentions', `${stats.mentions} (${stats.negatedMentions} negated)`],
      ['quotes', stats.quotes],
      ['actors', stats.actors],
      ['places', stats.places],
      ['published', stats.firstPublished ? `${stats.firstPublished} … ${stats.lastPublished}` : 'unknown'],
    ];
    await write(process.stdout, `${lines.map(([k, v]) => `${String(k).padEnd(11)} ${v}`).join('\n')}\n`);
  });
}
