// Export: every event record (with its mentions) in id order, a page at a time so memory stays flat, and the
// row shapes of each format: flat records, flat mentions, and the GDELT 2.0 event table.
import { countryName } from './country-codes.js';
import type { EventFilter, EventRecord, MentionRecord } from './records.js';
import type { Store } from './store.js';

const PAGE = 500;

export async function* iterateEvents(
  store: Store,
  filter: EventFilter = {},
): AsyncGenerator<{ event: EventRecord; mentions: MentionRecord[] }> {
  let after: string | undefined;
  for (;;) {
    const page = await store.events(filter, { sort: 'id', limit: PAGE, ...(after ? { after } : {}) });
    if (page.length === 0) return;
    const mentions = await store.mentions({ eventIds: page.map((e) => e.id) });
    const byEvent = new Map<string, MentionRecord[]>();
    for (const m of mentions) byEvent.set(m.eventId!, [...(byEvent.get(m.eventId!) ?? []), m]);
    for (const event of page) yield { event, mentions: byEvent.get(event.id) ?? [] };
    after = page[page.length - 1]!.id;
    if (page.length < PAGE) return;
  }
}

/** Every mention, negated ones included, in (article, event) order. */
export async function* iterateMentions(store: Store): AsyncGenerator<MentionRecord> {
  let after: [string, string] | undefined;
  for (;;) {
    const page = await store.mentions({ limit: PAGE, after: after ?? ['', ''] });
    if (page.length === 0) return;
    yield* page;
    const last = page[page.length - 1]!;
    after = [last.articleId, last.docEventId];
    if (page.length < PAGE) return;
  }
}

export function flatMention(m: MentionRecord) {
  const { trigger, sentence, ...rest } = m;
  return {
    ...rest,
    triggerStart: trigger.start,
    triggerEnd: trigger.end,
    triggerText: trigger.text,
    sentenceIndex: sentence.index,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    sentenceText: sentence.text,
  };
}

/** The GDELT 2.0 event table's 61 columns, in order. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...actorColumns('Actor1'),
  ...actorColumns('Actor2'),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...geoColumns('Actor1Geo'),
  ...geoColumns('Actor2Geo'),
  ...geoColumns('ActionGeo'),
  'DATEADDED',
  'SOURCEURL',
] as const;

function actorColumns(p: string) {
  return [
    `${p}Code`,
    `${p}Name`,
    `${p}CountryCode`,
    `${p}KnownGroupCode`,
    `${p}EthnicCode`,
    `${p}Religion1Code`,
    `${p}Religion2Code`,
    `${p}Type1Code`,
    `${p}Type2Code`,
    `${p}Type3Code`,
  ];
}

function geoColumns(p: string) {
  return [
    `${p}_Type`,
    `${p}_FullName`,
    `${p}_CountryCode`,
    `${p}_ADM1Code`,
    `${p}_ADM2Code`,
    `${p}_Lat`,
    `${p}_Long`,
    `${p}_FeatureID`,
  ];
}

/** A numeric GLOBALEVENTID from the record id (52 bits of its hash: exact in every tool, stable). */
export function numericId(id: string): number {
  return Number.parseInt(id.replace(/^ev/, '').slice(0, 13), 16);
}

export function gdeltRow(event: EventRecord, mentions: MentionRecord[]): (string | number)[] {
  const day = event.day ?? '';
  const compact = day.replace(/-/g, '');
  const root = mentions.filter((m) => m.articleId === event.rootArticle);
  const sourceUrl = (root[0] ?? mentions[0])?.url ?? '';
  // GDELT's IsRootEvent marks events from an article's lead; here: a mention in the first three sentences.
  const isRoot = mentions.some((m) => m.sentence.index < 3) ? 1 : 0;
  const actor = (code: string, name: string) => {
    const first = code.split(';')[0] ?? '';
    const country = /^[A-Z]{3}/.test(first) && !first.startsWith('IGO') ? first.slice(0, 3) : '';
    const types = country ? first.slice(3) : first;
    return [
      first,
      (name.split('; ')[0] ?? '').toUpperCase(),
      country,
      '',
      '',
      '',
      '',
      types.slice(0, 3),
      types.slice(3, 6),
      types.slice(6, 9),
    ];
  };
  const geo = () => {
    if (!event.placeCountry && event.lat === null) return [0, '', '', '', '', '', '', ''];
    const country = event.placeCountry ?? '';
    const isCountry = event.placeName !== null && event.placeName === countryName(country);
    const type = isCountry ? 1 : country === 'US' ? 3 : 4;
    return [type, event.placeName ?? '', country, '', '', event.lat ?? '', event.lon ?? '', ''];
  };
  return [
    numericId(event.id),
    compact,
    compact.slice(0, 6),
    compact.slice(0, 4),
    fractionDate(day),
    ...actor(event.sourceCode, event.sourceName),
    ...actor(event.targetCode, event.targetName),
    isRoot,
    event.cameo,
    event.cameo.slice(0, 3),
    event.cameo.slice(0, 2),
    event.quadClass,
    event.goldstein,
    event.numMentions,
    event.numSources,
    event.numArticles,
    '',
    ...[0, '', '', '', '', '', '', ''],
    ...[0, '', '', '', '', '', '', ''],
    ...geo(),
    event.firstSeen ? `${event.firstSeen.replace(/-/g, '')}000000` : '',
    sourceUrl,
  ];
}

function fractionDate(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return '';
  const year = Number(day.slice(0, 4));
  const dayOfYear = (Date.parse(`${day}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  return (year + dayOfYear / 365).toFixed(4);
}
