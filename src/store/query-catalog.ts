// `dyad actors`, `dyad quotes`, `dyad search` and `dyad stats`: the store's other read paths.
import { sql } from 'kysely';
import type { Engine } from './engine.js';
import { containsInsensitive, isCodeSelector, likeEscape } from './event-filters.js';
import type { ActorRecord, QuoteRecord, SearchHit, Stats } from './records.js';

export interface ActorQuery {
  /** Code prefix (upper case) or part of the name. */
  match?: string;
  country?: string;
  kind?: string;
  limit?: number;
}

export async function queryActors(engine: Engine, q: ActorQuery = {}): Promise<ActorRecord[]> {
  let query = engine.db.selectFrom('actors').selectAll();
  if (q.match) {
    const m = q.match.trim();
    query = isCodeSelector(m)
      ? query.where((eb) => eb.or([eb('code', 'like', `${likeEscape(m)}%`), eb('country', '=', m)]))
      : query.where(() => containsInsensitive(sql.ref('name'), m));
  }
  if (q.country) query = query.where('country', '=', q.country.toUpperCase());
  if (q.kind) query = query.where('kind', '=', q.kind);
  query = query.orderBy('num_articles', 'desc').orderBy('name').orderBy('id');
  if (q.limit && q.limit > 0) query = query.limit(q.limit);
  return (await query.execute()).map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    country: r.country,
    kind: r.kind,
    role: r.role,
    kbId: r.kb_id,
    numArticles: Number(r.num_articles),
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
  }));
}

export interface QuoteQuery {
  /** Part of the speaker's name, or a speaker code prefix (upper case). */
  speaker?: string;
  /** Part of the quoted text. */
  text?: string;
  limit?: number;
}

export async function queryQuotes(engine: Engine, q: QuoteQuery = {}): Promise<QuoteRecord[]> {
  let query = engine.db
    .selectFrom('quotes as q')
    .innerJoin('articles as a', 'a.id', 'q.article_id')
    .selectAll('q')
    .select(['a.published', 'a.title', 'a.url']);
  if (q.speaker) {
    const s = q.speaker.trim();
    query = isCodeSelector(s)
      ? query.where('q.speaker_code', 'like', `${likeEscape(s)}%`)
      : query.where((eb) =>
          eb.or([
            containsInsensitive(sql.ref('q.speaker_name'), s),
            containsInsensitive(sql.ref('q.speaker_text'), s),
          ]),
        );
  }
  if (q.text) {
    const text = q.text;
    query = query.where(() => containsInsensitive(sql.ref('q.content'), text));
  }
  query = query.orderBy('a.published').orderBy('q.article_id').orderBy('q.idx');
  if (q.limit && q.limit > 0) query = query.limit(q.limit);
  return (await query.execute()).map((r) => ({
    articleId: r.article_id,
    idx: Number(r.idx),
    published: r.published,
    title: r.title,
    url: r.url,
    speakerName: r.speaker_name,
    speakerCode: r.speaker_code,
    speakerText: r.speaker_text,
    cue: r.cue_text,
    kind: r.kind,
    content: r.content,
  }));
}

export async function searchArticles(engine: Engine, text: string, limit = 20): Promise<SearchHit[]> {
  const rows = await engine.search(text, limit > 0 ? limit : 1_000_000);
  return rows.map((r) => ({
    articleId: r.id,
    docId: r.doc_id,
    title: r.title,
    source: r.source,
    url: r.url,
    published: r.published,
    duplicateOf: r.duplicate_of,
    snippet: r.snippet.replace(/\s+/g, ' ').trim(),
    rank: Math.round(r.rank * 1000) / 1000,
  }));
}

export async function queryStats(engine: Engine): Promise<Stats> {
  const count = async (table: 'events' | 'quotes' | 'actors' | 'places') =>
    Number(
      (await engine.db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirst())?.n ?? 0,
    );
  const articles = await engine.db
    .selectFrom('articles')
    .select([
      sql<number>`sum(CASE WHEN duplicate_of IS NULL THEN 1 ELSE 0 END)`.as('originals'),
      sql<number>`sum(CASE WHEN dup_kind = 'exact' THEN 1 ELSE 0 END)`.as('exact'),
      sql<number>`sum(CASE WHEN dup_kind = 'near' THEN 1 ELSE 0 END)`.as('near'),
      sql<number>`count(DISTINCT source_key)`.as('sources'),
      sql<string | null>`min(published)`.as('first'),
      sql<string | null>`max(published)`.as('last'),
    ])
    .executeTakeFirst();
  const mentions = await engine.db
    .selectFrom('mentions')
    .select([sql<number>`count(*)`.as('n'), sql<number>`sum(negated)`.as('negated')])
    .executeTakeFirst();
  const exact = Number(articles?.exact ?? 0);
  const near = Number(articles?.near ?? 0);
  return {
    articles: Number(articles?.originals ?? 0),
    duplicates: exact + near,
    exactDuplicates: exact,
    nearDuplicates: near,
    sources: Number(articles?.sources ?? 0),
    events: await count('events'),
    mentions: Number(mentions?.n ?? 0),
    negatedMentions: Number(mentions?.negated ?? 0),
    quotes: await count('quotes'),
    actors: await count('actors'),
    places: await count('places'),
    firstPublished: articles?.first ?? null,
    lastPublished: articles?.last ?? null,
  };
}
