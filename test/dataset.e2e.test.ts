// The dataset end to end at the API level (issue 6): the examples ingested twice add nothing, a wire copy under
// a new headline adds a source and no event, and malformed inputs are reported by file while the rest goes on.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DyadError } from '../src/core/index.js';
import { createCoder } from '../src/store/coder-pool.js';
import { openStore, type Store } from '../src/store/index.js';
import { ingestPaths } from '../src/store/ingest-run.js';
import { exampleDocs, writeJsonl } from './helpers/corpus.js';

describe('the dataset from the examples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dataset-'));
  const coder = createCoder(0);
  let store: Store;
  const errors: string[] = [];
  const ingest = (paths: string[]) =>
    ingestPaths(store, paths, { coder, batchSize: 4, onError: (e: DyadError) => errors.push(e.message) });

  beforeAll(async () => {
    store = await openStore(join(dir, 'dyad.db'));
    writeJsonl(join(dir, 'examples.jsonl'), exampleDocs());
  });
  afterAll(async () => {
    await store.close();
    await coder.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests the examples, and a second time adds no article, event or mention', async () => {
    const first = await ingest([join(dir, 'examples.jsonl')]);
    expect(first).toMatchObject({ read: 14, coded: 14, duplicates: 0, errors: 0 });
    const stats = await store.stats();
    expect(stats.articles).toBe(14);
    expect(stats.events).toBeGreaterThan(50);
    const again = await ingest([join(dir, 'examples.jsonl')]);
    expect(again).toMatchObject({ read: 14, coded: 0, skipped: 14, newEvents: 0 });
    expect(await store.stats()).toEqual(stats);
  });

  it('links a wire copy under a new headline: another source, no new article or event', async () => {
    const before = await store.stats();
    const original = exampleDocs().find((d) => d.id.startsWith('04-'))!;
    const body = original.text.slice(original.text.indexOf('\n'));
    const copy = {
      id: 'wire-copy-04',
      source: 'Other Wire',
      published: original.published,
      text: `EU targets Russian oil tankers in new sanctions package${body}`,
    };
    writeJsonl(join(dir, 'copy.jsonl'), [copy]);
    const summary = await ingest([join(dir, 'copy.jsonl')]);
    expect(summary).toMatchObject({ coded: 0, duplicates: 1, newEvents: 0 });
    const after = await store.stats();
    expect(after).toMatchObject({
      articles: before.articles,
      events: before.events,
      mentions: before.mentions,
      nearDuplicates: 1,
    });
    const sanctions = await store.events({ type: 'SANCTION', actor: 'RUS' });
    expect(sanctions.length).toBeGreaterThan(0);
    expect(sanctions.every((e) => e.numSources === 2 && e.numArticles === 2)).toBe(true);
    const hits = await store.search('Russian oil tankers');
    expect(hits.find((h) => h.docId === 'wire-copy-04')?.duplicateOf).toBeTruthy();
  });

  it('reports bad files, lines and feed items by name, and ingests the rest', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(
      join(bad, 'lines.jsonl'),
      [
        '{"id": "ok-1", "text": "Lithuania expelled two Belarusian diplomats on Monday, the foreign ministry in Vilnius said."}',
        '{"id": "broken", "text": ',
        '["not", "an", "object"]',
        '{"id": "no-text"}',
        '{"id": "bad-date", "text": "Talks resumed.", "published": "someday"}',
        '{"id": "empty", "text": "   "}',
      ].join('\n'),
    );
    writeFileSync(join(bad, 'broken.rss'), '<rss><channel><item><title>x</title></channel></rss>');
    writeFileSync(join(bad, 'page.xml'), '<html><body>not a feed</body></html>');
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    writeFileSync(join(bad, 'notes.md'), 'ignored: unknown extension');
    errors.length = 0;
    const summary = await ingest([bad, join(dir, 'missing.jsonl')]);
    expect(summary).toMatchObject({ coded: 1, errors: 9 });
    const expected = [
      /binary.txt: binary data/,
      /broken.rss: not well-formed XML \(line 1/,
      /lines.jsonl: line 2: not valid JSON/,
      /lines.jsonl: line 3: expected a JSON object, found an array/,
      /lines.jsonl: line 4: field "text" missing/,
      /lines.jsonl: document bad-date: field "published": expected a date, found "someday"/,
      /lines.jsonl \(document empty, item 6\): document empty: the text is empty/,
      /page.xml: expected an RSS 2.0, Atom or RSS 1.0 feed, found <html>/,
      /missing.jsonl: no such file or folder/,
    ];
    for (const pattern of expected)
      expect(
        errors.some((e) => pattern.test(e)),
        String(pattern),
      ).toBe(true);
  });
});
