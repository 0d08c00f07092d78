// Writes one coded original: its coded document, MinHash buckets, actors, places, quotes and event mentions,
// each mention merged into an event record (negated events stay mentions; sameAs joins the earlier one's record).
import type { Insertable, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { CodedDoc, Event } from '../core/index.js';
import { sha256 } from '../ingest/fingerprint.js';
import { mergeMention } from './event-merger.js';
import { mergeTargetOf } from './merge-key.js';
import type { Database } from './tables.js';
import type { ArticleMeta, WriteReport } from './write-types.js';

const CHUNK = 200;

/** Inserts rows in chunks of CHUNK: engines cap the parameters of one statement. */
async function insertChunks<T extends keyof Database & string>(
  trx: Transaction<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // kysely cannot relate a generic table name to its row type; the signature above does
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute();
  }
}

export async function writeCodedArticle(
  trx: Transaction<Database>,
  article: ArticleMeta,
  doc: CodedDoc,
  touched: Set<string>,
  report: WriteReport,
): Promise<void> {
  const { text: _text, ...rest } = doc;
  await trx
    .insertInto('coded')
    .values({ article_id: article.id, doc: JSON.stringify(rest) })
    .execute();
  if (article.buckets?.length) {
    await trx
      .insertInto('minhash_bands')
      .values(article.buckets.map((bucket) => ({ bucket, article_id: article.id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  const actorIds = await writeActors(trx, article, doc);
  await writePlaces(trx, article.id, doc);
  await writeQuotes(trx, article.id, doc, actorIds);
  await writeMentions(trx, article, doc, touched, report);
}

export function actorIdOf(code: string, name: string): string {
  return `ac${sha256(`${code}\u0000${name}`).slice(0, 16)}`;
}

async function writeActors(trx: Transaction<Database>, article: ArticleMeta, doc: CodedDoc) {
  const byDocId = new Map<string, string>();
  const seen = new Set<string>();
  const published = article.published ?? null;
  for (const actor of doc.actors) {
    const id = actorIdOf(actor.code, actor.name);
    byDocId.set(actor.id, id);
    if (seen.has(id)) continue;
    seen.add(id);
    await trx
      .insertInto('actors')
      .values({
        id,
        code: actor.code,
        name: actor.name,
        country: actor.country ?? null,
        kind: actor.kind,
        role: actor.role ?? null,
        kb_id: actor.kbId ?? null,
        num_articles: 1,
        first_seen: published,
        last_seen: published,
      })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          num_articles: sql`actors.num_articles + 1`,
          first_seen: sql`CASE WHEN actors.first_seen IS NULL OR excluded.first_seen < actors.first_seen
            THEN excluded.first_seen ELSE actors.first_seen END`,
          last_seen: sql`CASE WHEN actors.last_seen IS NULL OR excluded.last_seen > actors.last_seen
            THEN excluded.last_seen ELSE actors.last_seen END`,
        }),
      )
      .execute();
  }
  const links = doc.actors.map((a) => ({
    article_id: article.id,
    doc_actor_id: a.id,
    actor_id: byDocId.get(a.id)!,
  }));
  await insertChunks(trx, 'article_actors', links);
  return byDocId;
}

async function writePlaces(trx: Transaction<Database>, articleId: string, doc: CodedDoc) {
  const rows = doc.places.map((p, idx) => ({
    article_id: articleId,
    idx,
    text: p.text,
    start: p.start,
    end: p.end,
    name: p.name,
    country: p.country ?? null,
    lat: p.lat ?? null,
    lon: p.lon ?? null,
    geoname_id: p.geonameId ?? null,
    feature_class: p.featureClass ?? null,
    confidence: p.confidence,
  }));
  await insertChunks(trx, 'places', rows);
}

async function writeQuotes(
  trx: Transaction<Database>,
  articleId: string,
  doc: CodedDoc,
  actorIds: Map<string, string>,
) {
  const rows = doc.quotes.map((q, idx) => {
    const speaker = q.speaker ? doc.actors.find((a) => a.id === q.speaker) : undefined;
    return {
      article_id: articleId,
      idx,
      speaker_actor_id: q.speaker ? (actorIds.get(q.speaker) ?? null) : null,
      speaker_name: speaker?.name ?? null,
      speaker_code: speaker?.code ?? null,
      speaker_text: q.speakerSpan?.text ?? null,
      cue_text: q.cue?.text ?? null,
      content: q.content.map((c) => c.text).join(' … '),
      spans: JSON.stringify(q.content.map((c) => [c.start, c.end])),
      kind: q.kind,
    };
  });
  await insertChunks(trx, 'quotes', rows);
}

async function writeMentions(
  trx: Transaction<Database>,
  article: ArticleMeta,
  doc: CodedDoc,
  touched: Set<string>,
  report: WriteReport,
) {
  const recordOf = new Map<string, string | null>();
  const rows = [];
  for (const event of doc.events) {
    const record = await recordFor(trx, article, doc, event, recordOf, report);
    recordOf.set(event.id, record);
    if (record) touched.add(record);
    rows.push(mentionRow(article.id, doc, event, record));
  }
  report.mentions += rows.length;
  await insertChunks(trx, 'mentions', rows);
}

async function recordFor(
  trx: Transaction<Database>,
  article: ArticleMeta,
  doc: CodedDoc,
  event: Event,
  recordOf: Map<string, string | null>,
  report: WriteReport,
): Promise<string | null> {
  if (event.negated) return null;
  if (event.sameAs && recordOf.has(event.sameAs)) return recordOf.get(event.sameAs) ?? null;
  const target = mergeTargetOf(event, doc, article.id);
  const merged = await mergeMention(trx, target, {
    type: event.type,
    cameo: event.cameo,
    quadClass: event.quadClass,
    goldstein: event.goldstein,
    articleId: article.id,
  });
  if (merged.created) report.newEvents++;
  return merged.id;
}

function mentionRow(articleId: string, doc: CodedDoc, event: Event, record: string | null) {
  const sentence = doc.sentences[event.sentence] ?? { start: event.trigger.start, end: event.trigger.end };
  const codes = (ids: string[]) =>
    ids
      .map((id) => doc.actors.find((a) => a.id === id)?.code)
      .filter((c): c is string => Boolean(c))
      .join(';');
  const place = event.place === undefined ? undefined : doc.places[event.place];
  return {
    article_id: articleId,
    doc_event_id: event.id,
    event_id: record,
    type: event.type,
    cameo: event.cameo,
    quad_class: event.quadClass,
    goldstein: event.goldstein,
    source_code: codes(event.source),
    target_code: codes(event.target),
    trigger_start: event.trigger.start,
    trigger_end: event.trigger.end,
    trigger_text: event.trigger.text,
    sentence_index: event.sentence,
    sentence_start: sentence.start,
    sentence_end: sentence.end,
    sentence_text: doc.text.slice(sentence.start, sentence.end),
    date_value: event.date?.value ?? null,
    date_precision: event.date?.precision ?? null,
    date_stated: event.date?.stated ? 1 : 0,
    place_name: place?.name ?? null,
    place_country: place?.country ?? null,
    negated: event.negated ? 1 : 0,
    modality: event.modality,
    mode: event.mode ?? null,
    contexts: JSON.stringify(event.contexts),
    confidence: event.confidence,
    rule: event.rule ?? null,
    same_as: event.sameAs ?? null,
  };
}
