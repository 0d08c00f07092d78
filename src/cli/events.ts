// `dyad events`: event records matching filters, as a table, CSV or JSON Lines (--evidence adds each mention).
import type { EventRecord, MentionRecord } from '../store/index.js';
import { type Column, type RowFormat, writeRows } from './rows-output.js';
import {
  type DbOptions,
  type FilterOptions,
  parseEventFilter,
  parseLimit,
  withStore,
} from './store-options.js';

interface EventsOptions extends DbOptions, FilterOptions {
  format: RowFormat;
  limit?: string;
  sort: 'date' | 'mentions';
  evidence?: boolean;
}

export const EVENT_COLUMNS: Column<EventRecord>[] = [
  { header: 'id', value: (e) => e.id, max: 26 },
  { header: 'day', value: (e) => e.day },
  { header: 'type', value: (e) => e.type },
  { header: 'cameo', value: (e) => e.cameo },
  { header: 'quad', value: (e) => e.quadClass },
  { header: 'goldstein', value: (e) => e.goldstein },
  { header: 'source', value: (e) => e.sourceCode, max: 20 },
  { header: 'target', value: (e) => e.targetCode, max: 20 },
  { header: 'source_name', value: (e) => e.sourceName, max: 28 },
  { header: 'target_name', value: (e) => e.targetName, max: 28 },
  { header: 'place', value: (e) => e.placeName, max: 20 },
  { header: 'country', value: (e) => e.placeCountry },
  { header: 'mentions', value: (e) => e.numMentions },
  { header: 'sources', value: (e) => e.numSources },
  { header: 'articles', value: (e) => e.numArticles },
];

export async function eventsCommand(options: EventsOptions): Promise<void> {
  const filter = parseEventFilter(options);
  const limit = parseLimit(options.limit);
  await withStore(options, async (store) => {
    const events = await store.events(filter, { limit, sort: options.sort });
    if (!options.evidence) {
      await writeRows(process.stdout, events, EVENT_COLUMNS, options.format);
      return;
    }
    const mentions = await store.mentions({ eventIds: events.map((e) => e.id) });
    const byEvent = new Map<string, MentionRecord[]>();
    for (const m of mentions) byEvent.set(m.eventId!, [...(byEvent.get(m.eventId!) ?? []), m]);
    if (options.format === 'jsonl') {
      const rows = events.map((e) => ({ ...e, mentions: byEvent.get(e.id) ?? [] }));
      await writeRows(process.stdout, rows, [], 'jsonl');
      return;
    }
    const rows = events.flatMap((e) => (byEvent.get(e.id) ?? []).map((m) => ({ e, m })));
    await writeRows(
      process.stdout,
      rows,
      [
        ...EVENT_COLUMNS.slice(0, 8).map((c) => ({ ...c, value: (r: { e: EventRecord }) => c.value(r.e) })),
        { header: 'article', value: (r) => r.m.docId, max: 30 },
        { header: 'published', value: (r) => r.m.published },
        { header: 'trigger', value: (r) => r.m.trigger.text },
        {
          header: 'sentence',
          value: (r) => r.m.sentence.text,
          max: options.format === 'table' ? 80 : 100_000,
        },
      ],
      options.format,
    );
  });
}
