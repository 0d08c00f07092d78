// The merge key of one event mention: type, CAMEO root, source and target codes, and its date class; plus the
// test that decides whether a mention belongs to an existing record (date tolerance, compatible places).
import type { CodedDoc, Event } from '../core/index.js';
import { sha256 } from '../ingest/fingerprint.js';
import { MERGE_RULES } from './merge-rules.js';
import type { EventsTable } from './tables.js';

export type DateClass = EventsTable['date_class'];

export interface MergeTarget {
  mergeKey: string;
  dateClass: DateClass;
  /** Days since 1970-01-01 for the day class. */
  dayNum: number | null;
  /** The day (YYYY-MM-DD), week (YYYY-Www), month (YYYY-MM) or year compared. */
  dateValue: string | null;
  place: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  symmetric: boolean;
  source: SideActor[];
  target: SideActor[];
}

export interface SideActor {
  code: string;
  name: string;
  country: string | null;
}

export function mergeTargetOf(event: Event, doc: CodedDoc, articleId: string): MergeTarget {
  const side = (ids: string[]): SideActor[] => {
    const seen = new Map<string, SideActor>();
    for (const id of ids) {
      const actor = doc.actors.find((a) => a.id === id);
      if (!actor) continue;
      const key = `${actor.code}\u0000${actor.name}`;
      if (!seen.has(key))
        seen.set(key, { code: actor.code, name: actor.name, country: actor.country ?? null });
    }
    return [...seen.values()].sort((a, b) => a.code.localeCompare(b.code) || a.name.localeCompare(b.name));
  };
  const source = side(event.source);
  const target = side(event.target);
  const symmetric = MERGE_RULES.symmetricCameo.has(event.cameo);
  const codes = (actors: SideActor[]) => [...new Set(actors.map((a) => a.code))].sort().join(';');
  const sides = symmetric ? `${codes([...source, ...target])}<>` : `${codes(source)}>${codes(target)}`;
  const known = [...source, ...target].some((a) => !MERGE_RULES.unknownCodes.has(a.code));
  const date = dateOf(event, doc.published);
  const place = event.place === undefined ? undefined : doc.places[event.place];
  let mergeKey = `${event.type}|${event.cameo.slice(0, 2)}|${sides}`;
  // Without a known actor or a date the key says too little: such an event stays a record of its own article.
  if (!known || date.dateClass === 'none') mergeKey += `|article:${articleId}`;
  return {
    mergeKey,
    ...date,
    place: place
      ? { name: place.name, country: place.country ?? null, lat: place.lat ?? null, lon: place.lon ?? null }
      : null,
    symmetric,
    source,
    target,
  };
}

function dateOf(event: Event, published: string | undefined) {
  const value = event.date?.value ?? null;
  if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) return day(value);
  if (value && /^\d{4}-W\d{2}$/.test(value)) return coarse('week', value);
  if (value && /^\d{4}-\d{2}$/.test(value)) return coarse('month', value);
  if (value && /^\d{4}$/.test(value)) return coarse('year', value);
  // No date, or only a vague one ("recently"): the publication day stands in, as for "vague" days.
  if (published) return day(published);
  return { dateClass: 'none' as const, dayNum: null, dateValue: null };
}

function day(value: string) {
  return {
    dateClass: 'day' as const,
    dayNum: Math.round(Date.parse(`${value}T00:00:00Z`) / 86_400_000),
    dateValue: value,
  };
}

function coarse(dateClass: DateClass, value: string) {
  return { dateClass, dayNum: null, dateValue: value };
}

/** Places are compatible when either is unknown or both lie in the same country. */
export function placesCompatible(recordCountry: string | null, target: MergeTarget): boolean {
  const country = target.place?.country ?? null;
  return recordCountry === null || country === null || recordCountry === country;
}

/** The stable id of the record a mention creates: its merge key, date class, anchor date and place. */
export function recordIdOf(target: MergeTarget): string {
  return `ev${sha256(
    [target.mergeKey, target.dateClass, target.dateValue ?? '', target.place?.country ?? ''].join('\u0000'),
  ).slice(0, 22)}`;
}
