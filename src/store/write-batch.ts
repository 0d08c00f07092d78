// Writes a batch of ingested articles in one transaction, in input order: an article already stored is
// skipped whole, so a batch replayed after a crash changes nothing (idempotent, keyed by the article key).
import type { Transaction } from 'kysely';
import type { Engine } from './engine.js';
import { recountRecord } from './record-counts.js';
import type { Database } from './tables.js';
import { writeCodedArticle } from './write-coded.js';
import { type ArticleMeta, emptyReport, type WriteItem, type WriteReport } from './write-types.js';

export async function writeBatch(engine: Engine, items: readonly WriteItem[]): Promise<WriteReport> {
  const report = emptyReport();
  if (items.length === 0) return report;
  await engine.db.transaction().execute(async (trx) => {
    await engine.lockForWrite(trx);
    const touched = new Set<string>();
    for (const item of items) {
      if (item.kind === 'duplicate') {
        const original = await trx
          .selectFrom('articles')
          .select('id')
          .where('id', '=', item.of)
          .executeTakeFirst();
        if (!original) {
          report.orphans.push(item.article.docId);
          continue;
        }
      }
      const inserted = await insertArticle(trx, item);
      if (!inserted) {
        report.skipped++;
        continue;
      }
      if (item.kind === 'coded') {
        report.articles++;
        await writeCodedArticle(trx, item.article, item.doc, touched, report);
      } else {
        report.duplicates++;
        const records = await trx
          .selectFrom('mentions')
          .select('event_id')
          .distinct()
          .where('article_id', '=', item.of)
          .where('event_id', 'is not', null)
          .execute();
        for (const r of records) if (r.event_id) touched.add(r.event_id);
      }
    }
    for (const id of [...touched].sort()) await recountRecord(trx, id);
  });
  return report;
}

async function insertArticle(trx: Transaction<Database>, item: WriteItem): Promise<boolean> {
  const a: ArticleMeta = item.article;
  const result = await trx
    .insertInto('articles')
    .values({
      id: a.id,
      doc_id: a.docId,
      content_hash: a.contentHash,
      duplicate_of: item.kind === 'duplicate' ? item.of : null,
      dup_kind: item.kind === 'duplicate' ? item.dupKind : null,
      similarity: item.kind === 'duplicate' ? item.similarity : null,
      source: a.source ?? null,
      source_key: sourceKey(a),
      url: a.url ?? null,
      title: a.title ?? null,
      byline: a.byline ?? null,
      published: a.published ?? null,
      text: a.text,
      minhash: item.kind === 'coded' ? (a.minhash ?? null) : null,
      ingested_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** The source an article counts as: its named source, else its URL's host, else itself (unknown). */
export function sourceKey(a: Pick<ArticleMeta, 'source' | 'url' | 'id'>): string {
  const source = a.source?.trim().toLowerCase();
  if (source) return `source:${source}`;
  if (a.url) {
    try {
      return `host:${new URL(a.url).hostname.replace(/^www\./, '')}`;
    } catch {
      // not a URL: fall through
    }
  }
  return `article:${a.id}`;
}
