// Recounts one event record from its mentions: every article that reports it, and every copy of those
// articles (a wire story under another headline), counts as an article and, by its source, as a source.
import { sql, type Transaction } from 'kysely';
import type { Database } from './tables.js';

interface Counts {
  articles: number;
  sources: number;
  mentions: number;
  first_seen: string | null;
  last_seen: string | null;
}

export async function recountRecord(trx: Transaction<Database>, id: string): Promise<void> {
  const { rows } = await sql<Counts>`
    WITH m AS (
      SELECT article_id, count(*) AS n FROM mentions WHERE event_id = ${id} GROUP BY article_id
    ), r AS (
      SELECT a.source_key, a.published, m.n FROM m JOIN articles a ON a.id = m.article_id
      UNION ALL
      SELECT a.source_key, a.published, m.n FROM m JOIN articles a ON a.duplicate_of = m.article_id
    )
    SELECT count(*) AS articles, count(DISTINCT source_key) AS sources, coalesce(sum(n), 0) AS mentions,
      min(published) AS first_seen, max(published) AS last_seen
    FROM r`.execute(trx);
  const counts = rows[0];
  if (!counts) return;
  await trx
    .updateTable('events')
    .set({
      num_articles: Number(counts.articles),
      num_sources: Number(counts.sources),
      num_mentions: Number(counts.mentions),
      first_seen: counts.first_seen,
      last_seen: counts.last_seen,
      day: sql`CASE WHEN date_class = 'day' THEN date_value ELSE ${counts.first_seen} END`,
    })
    .where('id', '=', id)
    .execute();
}
