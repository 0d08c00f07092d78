// The store conformance suite: every driver must pass it unchanged (SQLite and PostgreSQL run it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bandBuckets, encodeSignature, signature } from '../ingest/minhash.js';
import { codedDoc, codedItem, copyItem, KAZ, PAK, RUS } from './fixtures.js';
import type { Store } from './store.js';

export interface StoreHandle {
  store: Store;
  cleanup(): Promise<void>;
}

export function describeStoreConformance(
  name: string,
  open: () => Promise<StoreHandle>,
  skip?: string,
): void {
  const suite = skip ? describe.skip : describe;
  suite(`store conformance: ${name}${skip ? ` (skipped: ${skip})` : ''}`, () => {
    let handle: StoreHandle;
    let store: Store;
    const base = codedItem(
      codedDoc({
        id: 'base',
        published: '2024-07-04',
        source: 'Dawn',
        title: 'Sharif and Tokayev meet in Astana',
        places: [{ name: 'Astana', country: 'KZ', lat: 51.18, lon: 71.45 }],
        events: [
          { place: 0 },
          {
            id: 'e2',
            type: 'AGREE',
            cameo: '030',
            quadClass: 1,
            goldstein: 4,
            source: ['a1', 'a2'],
            target: [],
          },
          { id: 'e3', sameAs: 'e1' },
          {
            id: 'e4',
            type: 'ASSAULT',
            cameo: '190',
            quadClass: 4,
            goldstein: -10,
            source: ['a3'],
            target: ['a1'],
            negated: true,
          },
        ],
        quotes: [{ speaker: 'a1', content: 'They agreed to expand trade.' }],
      }),
    );

    beforeAll(async () => {
      handle = await open();
      store = handle.store;
      await store.write([base]);
    });
    afterAll(async () => {
      await handle?.cleanup();
    });

    it('migrates idempotently', async () => {
      await store.migrate();
      await store.migrate();
      expect((await store.stats()).articles).toBe(1);
    });

    it('stores articles, records, mentions, quotes, actors and places', async () => {
      const stats = await store.stats();
      expect(stats).toMatchObject({
        articles: 1,
        duplicates: 0,
        events: 2,
        mentions: 4,
        negatedMentions: 1,
        quotes: 1,
        actors: 3,
        places: 1,
      });
    });

    it('writes idempotently: the same article again changes nothing (issue 6)', async () => {
      const before = await store.stats();
      const report = await store.write([base]);
      expect(report).toMatchObject({ articles: 0, skipped: 1, newEvents: 0 });
      expect(await store.stats()).toEqual(before);
    });

    it('keeps negated events as mentions without a record, and sameAs as a mention of the same record', async () => {
      const mentions = await store.mentions({ articleId: base.article.id });
      const byId = new Map(mentions.map((m) => [m.docEventId, m]));
      expect(byId.get('e4')).toMatchObject({ eventId: null, negated: true });
      expect(byId.get('e3')!.eventId).toBe(byId.get('e1')!.eventId);
      const [record] = await store.events({ type: 'CONSULT' });
      expect(record).toMatchObject({ numMentions: 2, numArticles: 1, numSources: 1, placeCountry: 'KZ' });
    });

    it('keeps the evidence: sentence text and trigger span point into the article', async () => {
      const [m] = await store.mentions({ articleId: base.article.id });
      expect(base.article.text.slice(m!.trigger.start, m!.trigger.end)).toBe(m!.trigger.text);
      expect(base.article.text.slice(m!.sentence.start, m!.sentence.end)).toBe(m!.sentence.text);
    });

    it('merges the same event from another source within ±2 days; a third day later is another event', async () => {
      const near = codedItem(
        codedDoc({ id: 'near', published: '2024-07-06', source: 'Tass', title: 'Talks in Astana' }),
      );
      const far = codedItem(
        codedDoc({ id: 'far', published: '2024-07-07', source: 'Xinhua', title: 'Leaders meet again' }),
      );
      const report = await store.write([near, far]);
      expect(report.newEvents).toBe(1);
      const records = await store.events({ type: 'CONSULT' });
      expect(records.map((r) => [r.day, r.numArticles, r.numSources, r.numMentions])).toEqual([
        ['2024-07-04', 2, 2, 3],
        ['2024-07-07', 1, 1, 1],
      ]);
      expect(records[0]).toMatchObject({ firstSeen: '2024-07-04', lastSeen: '2024-07-06' });
    });

    it('does not merge events placed in different countries; an unplaced mention joins', async () => {
      const elsewhere = codedItem(
        codedDoc({
          id: 'elsewhere',
          published: '2024-07-03',
          source: 'AP',
          title: 'Meeting in Moscow',
          places: [{ name: 'Moscow', country: 'RU' }],
          events: [{ place: 0 }],
        }),
      );
      const report = await store.write([elsewhere]);
      expect(report.newEvents).toBe(1);
      const ids = new Set(
        (await store.events({ type: 'CONSULT', from: '2024-07-01', to: '2024-07-06' })).map(
          (e) => e.placeCountry,
        ),
      );
      expect(ids).toEqual(new Set(['KZ', 'RU']));
    });

    it('treats symmetric codes as undirected: B met A joins A met B', async () => {
      const reverse = codedItem(
        codedDoc({
          id: 'reverse',
          published: '2024-07-05',
          source: 'Kazinform',
          title: 'Tokayev receives Sharif',
          events: [{ source: ['a2'], target: ['a1'] }],
        }),
      );
      expect((await store.write([reverse])).newEvents).toBe(0);
      const [first] = await store.events({ type: 'CONSULT', place: 'KZ' });
      expect(first!.numArticles).toBe(3);
    });

    it('merges coarse dates only within the same month', async () => {
      const month = (id: string, value: string) =>
        codedItem(
          codedDoc({
            id,
            published: '2024-08-20',
            source: id,
            title: id,
            events: [
              {
                type: 'SANCTION',
                cameo: '163',
                quadClass: 4,
                goldstein: -8,
                source: ['a3'],
                target: ['a1'],
                date: { value, precision: 'month', stated: true },
              },
            ],
          }),
        );
      await store.write([month('m1', '2024-06'), month('m2', '2024-06'), month('m3', '2024-05')]);
      const records = await store.events({ type: 'SANCTION' });
      expect(records.map((r) => [r.dateValue, r.numArticles]).sort()).toEqual([
        ['2024-05', 1],
        ['2024-06', 2],
      ]);
    });

    it('counts a copy of an article as another source and article, with no new event (issue 6)', async () => {
      const before = await store.stats();
      const copy = copyItem(base, { id: 'wire-copy', source: 'Reuters' });
      const report = await store.write([copy]);
      expect(report).toMatchObject({ duplicates: 1, newEvents: 0 });
      const after = await store.stats();
      expect(after).toMatchObject({
        articles: before.articles,
        events: before.events,
        duplicates: 1,
        exactDuplicates: 1,
      });
      const agree = (await store.events({ type: 'AGREE' }))[0]!;
      expect(agree).toMatchObject({ numArticles: 2, numSources: 2 });
      expect((await store.write([copy])).skipped).toBe(1);
    });

    it('refuses a copy whose original is not stored', async () => {
      const ghost = codedItem(codedDoc({ id: 'ghost', published: '2024-07-04', title: 'never written' }));
      const report = await store.write([copyItem(ghost, { id: 'ghost-copy', source: 'X' })]);
      expect(report.orphans).toEqual(['ghost-copy']);
    });

    it('answers dedupe lookups: keys, content hashes and MinHash buckets', async () => {
      const keys = await store.existingKeys([base.article.id, 'missing']);
      expect([...keys]).toEqual([base.article.id]);
      expect(await store.originalByContentHash(base.article.contentHash)).toBe(base.article.id);
      const text =
        'A long wire story about grain exports from Kazakhstan through the port of Karachi and the trade corridor.';
      const sig = signature(text)!;
      const item = codedItem(codedDoc({ id: 'sig', text, published: '2024-01-01', events: [] }));
      item.article.minhash = encodeSignature(sig);
      item.article.buckets = bandBuckets(sig);
      await store.write([item]);
      const candidates = await store.nearCandidates(bandBuckets(sig));
      expect(candidates.map((c) => c.id)).toEqual([item.article.id]);
      expect(candidates[0]!.minhash).toBe(encodeSignature(sig));
    });

    const filterCases: [string, Parameters<Store['events']>[0], string[]][] = [
      ['actor by code prefix', { actor: 'PAK', type: 'AGREE' }, ['AGREE']],
      ['actor by name', { actor: 'tokayev', type: 'AGREE' }, ['AGREE']],
      ['source role', { source: 'RUS' }, ['SANCTION', 'SANCTION']],
      ['target role', { target: 'RUS' }, []],
      ['country ISO3 of an actor or the place', { country: 'RUS' }, ['CONSULT', 'SANCTION', 'SANCTION']],
      ['country ISO2 of the place', { country: 'RU', type: 'CONSULT' }, ['CONSULT']],
      ['type', { type: 'agree' }, ['AGREE']],
      ['cameo prefix', { cameo: '16' }, ['SANCTION', 'SANCTION']],
      ['quad classes', { quad: [4] }, ['SANCTION', 'SANCTION']],
      [
        'date range by month',
        { from: '2024-07', to: '2024-07', type: 'CONSULT' },
        ['CONSULT', 'CONSULT', 'CONSULT'],
      ],
      ['place name', { place: 'mosc' }, ['CONSULT']],
      ['evidence text, any case', { text: 'leaders MEET again' }, ['CONSULT']],
      ['evidence text, literal % and _', { text: '100%_' }, []],
    ];
    it.each(filterCases)('filters events: %s', async (_name, filter, types) => {
      const records = await store.events(filter);
      expect(records.map((r) => r.type)).toEqual(types);
    });

    it('pages events by id for export', async () => {
      const all = await store.events({}, { sort: 'id' });
      const first = await store.events({}, { sort: 'id', limit: 2 });
      const rest = await store.events({}, { sort: 'id', after: first[1]!.id });
      expect([...first, ...rest].map((e) => e.id)).toEqual(all.map((e) => e.id));
    });

    it('builds the dyad series either direction, with gaps filled', async () => {
      const { rows } = await store.series('KAZ', 'PAK', 'day');
      expect(rows.map((r) => r.period)).toEqual([
        '2024-07-03',
        '2024-07-04',
        '2024-07-05',
        '2024-07-06',
        '2024-07-07',
      ]);
      // 07-04: the meeting (1) and the joint agreement with no target (4); mentions include the wire copy's
      expect(rows[1]).toMatchObject({ events: 2, q1: 2, mentions: 8, goldsteinTotal: 5, goldsteinMean: 2.5 });
      expect(rows[2]).toMatchObject({ events: 0, goldsteinMean: null });
      const months = await store.series('PAKGOV', 'RUS', 'month');
      expect(months.rows).toEqual([
        expect.objectContaining({
          period: '2024-08',
          events: 2,
          q4: 2,
          goldsteinTotal: -16,
          goldsteinMean: -8,
        }),
      ]);
      const weeks = await store.series('Sharif', 'Tokayev', 'week');
      expect(weeks.rows.map((r) => r.period)).toEqual(['2024-W27']);
    });

    it('lists actors by code or name with article counts', async () => {
      const [pak] = await store.actors({ match: 'PAKGOV' });
      expect(pak).toMatchObject({ code: PAK.code, name: PAK.name, country: 'PAK' });
      expect(pak!.numArticles).toBeGreaterThan(5);
      expect((await store.actors({ match: 'tokay' })).map((a) => a.code)).toEqual([KAZ.code]);
      expect((await store.actors({ country: 'RUS' })).map((a) => a.name)).toEqual([RUS.name]);
    });

    it('finds quotes by speaker name or code', async () => {
      const quotes = await store.quotes({ speaker: 'sharif' });
      expect(quotes).toEqual([
        expect.objectContaining({ speakerCode: 'PAKGOV', content: 'They agreed to expand trade.' }),
      ]);
      expect(await store.quotes({ speaker: 'PAK' })).toHaveLength(1);
      expect(await store.quotes({ speaker: 'Putin' })).toHaveLength(0);
    });

    it('searches article text: words (stemmed), phrases and exclusions', async () => {
      const hits = await store.search('meeting moscow');
      expect(hits.map((h) => h.docId)).toEqual(['elsewhere']);
      expect((await store.search('"grain exports"')).map((h) => h.docId)).toEqual(['sig']);
      expect((await store.search('exported grain')).map((h) => h.docId)).toEqual(['sig']);
      expect((await store.search('Astana -Moscow')).map((h) => h.docId)).not.toContain('elsewhere');
      expect(await store.search('zzyzx')).toEqual([]);
    });
  });
}
