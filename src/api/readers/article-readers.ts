// Stored articles: a page of summaries, and one article with its text and coded document (a copy shows its
// first copy's coding, with that copy's text, so every span still points into the text returned).
import { sql } from 'kysely';
import { CodedDoc } from '../../core/index.js';
import type { Engine } from '../../store/engine.js';
import type { ArticleDetail, ArticleSummary } from '../schemas.js';

const mentionCount = sql<number>`(SELECT count(*) FROM mentions m WHERE m.article_id = coalesce(a.duplicate_of, a.id))`;

export async function readArticles(
  engine: Engine,
  options: { limit: number; offset: number },
): Promise<ArticleSummary[]> {
  const rows = await engine.db
    .selectFrom('articles as a')
    .select(['a.id', 'a.doc_id', 'a.title', 'a.source', 'a.url', 'a.published', 'a.duplicate_of'])
    .select(mentionCount.as('mentions'))
    .orderBy('a.published', 'desc')
    .orderBy('a.seq')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    docId: r.doc_id,
    title: r.title,
    source: r.source,
    url: r.url,
    published: r.published,
    duplicateOf: r.duplicate_of,
    mentions: Number(r.mentions),
  }));
}

export async function readArticle(engine: Engine, id: string): Promise<ArticleDetail | undefined> {
  const base = engine.db
    .selectFrom('articles as a')
    .selectAll('a')
    .select(mentionCount.as('mentions'))
    .orderBy('a.seq');
  const row =
    (await base.where('a.id', '=', id).executeTakeFirst()) ??
    (await base.where('a.doc_id', '=', id).executeTakeFirst());
  if (!row) return undefined;
  const originalId = row.duplicate_of ?? row.id;
  const coded = await engine.db
    .selectFrom('coded as c')
    .innerJoin('articles as o', 'o.id', 'c.article_id')
    .select(['c.doc', 'o.text'])
    .where('c.article_id', '=', originalId)
    .executeTakeFirst();
  // The stored JSON was validated when written; parsing again keeps a corrupt row from reaching clients.
  const parsed = coded ? CodedDoc.safeParse({ ...JSON.parse(coded.doc), text: coded.text }) : undefined;
  return {
    id: row.id,
    docId: row.doc_id,
    title: row.title,
    source: row.source,
    url: row.url,
    published: row.published,
    duplicateOf: row.duplicate_of,
    dupKind: row.dup_kind,
    similarity: row.similarity === null ? null : Number(row.similarity),
    mentions: Number(row.mentions),
    text: coded?.text ?? row.text,
    coded: parsed?.success ? parsed.data : null,
  };
}
