// Finds the event record a mention belongs to, or creates one: candidates share the merge key and date class,
// lie within the day tolerance (or the same week, month or year) and have a compatible place.
import type { Transaction } from 'kysely';
import { type MergeTarget, placesCompatible, recordIdOf } from './merge-key.js';
import { MERGE_RULES } from './merge-rules.js';
import type { Database } from './tables.js';

export interface MergeContext {
  type: string;
  cameo: string;
  quadClass: number;
  goldstein: number;
  articleId: string;
}

/** Returns the record id and whether the record is new. */
export async function mergeMention(
  trx: Transaction<Database>,
  target: MergeTarget,
  context: MergeContext,
): Promise<{ id: string; created: boolean }> {
  let query = trx
    .selectFrom('events')
    .select(['id', 'day_num', 'place_country'])
    .where('merge_key', '=', target.mergeKey)
    .where('date_class', '=', target.dateClass);
  if (target.dateClass === 'day' && target.dayNum !== null) {
    query = query
      .where('day_num', '>=', target.dayNum - MERGE_RULES.dayTolerance)
      .where('day_num', '<=', target.dayNum + MERGE_RULES.dayTolerance);
  } else if (target.dateValue !== null) {
    query = query.where('date_value', '=', target.dateValue);
  }
  const candidates = (await query.execute()).filter((c) => placesCompatible(c.place_country, target));
  const country = target.place?.country ?? null;
  // Nearest anchor date first, then the same place over an unknown one, then the id: the same input in the
  // same order always picks the same record.
  candidates.sort(
    (a, b) =>
      Math.abs((a.day_num ?? 0) - (target.dayNum ?? 0)) - Math.abs((b.day_num ?? 0) - (target.dayNum ?? 0)) ||
      Number(b.place_country === country) - Number(a.place_country === country) ||
      a.id.localeCompare(b.id),
  );
  const best = candidates[0];
  if (best) {
    if (best.place_country === null && target.place?.country) {
      await trx
        .updateTable('events')
        .set({
          place_name: target.place.name,
          place_country: target.place.country,
          lat: target.place.lat,
          lon: target.place.lon,
        })
        .where('id', '=', best.id)
        .execute();
    }
    return { id: best.id, created: false };
  }
  const id = recordIdOf(target);
  const joined = (side: MergeTarget['source']) => ({
    code: [...new Set(side.map((a) => a.code))].join(';'),
    name: side.map((a) => a.name).join('; '),
  });
  const source = joined(target.source);
  const targetSide = joined(target.target);
  await trx
    .insertInto('events')
    .values({
      id,
      merge_key: target.mergeKey,
      date_class: target.dateClass,
      day_num: target.dayNum,
      date_value: target.dateValue,
      date_precision: target.dateClass,
      day: target.dateClass === 'day' ? target.dateValue : null,
      type: context.type,
      cameo: context.cameo,
      cameo_root: context.cameo.slice(0, 2),
      quad_class: context.quadClass,
      goldstein: context.goldstein,
      source_code: source.code,
      target_code: targetSide.code,
      source_name: source.name,
      target_name: targetSide.name,
      symmetric: target.symmetric ? 1 : 0,
      place_name: target.place?.name ?? null,
      place_country: target.place?.country ?? null,
      lat: target.place?.lat ?? null,
      lon: target.place?.lon ?? null,
      first_seen: null,
      last_seen: null,
      num_mentions: 0,
      num_sources: 0,
      num_articles: 0,
      root_article: context.articleId,
    })
    .execute();
  const actorRows = [
    ...target.source.map((a) => ({ role: 'source' as const, ...a })),
    ...target.target.map((a) => ({ role: 'target' as const, ...a })),
  ];
  if (actorRows.length > 0) {
    await trx
      .insertInto('event_actors')
      .values(
        actorRows.map((a) => ({
          event_id: id,
          role: a.role,
          code: a.code,
          country: a.country,
          name: a.name,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  return { id, created: true };
}
