// Resolves place mentions to coordinates: countries, regions and admin areas from the knowledge base, and
// cities ranked by population, capital status, the article's other places and its dateline.
import type { Place } from '../core/index.js';
import { type AdminRegion, type KnowledgeBase, normKey } from '../kb/index.js';
import type { City, CityTable } from '../mentions/cities.js';
import { isDateline } from '../mentions/city-context-refiner.js';
import type { Mention } from '../mentions/mention.js';
import type { TextLayer } from '../text/layer.js';
import { haversineKm } from './geo.js';

export interface PlaceContext {
  /** ISO2 codes of countries the article names (countries, demonyms, regions inside one country). */
  countries: Set<string>;
  /** Centres of the admin areas the article names, with their country. */
  areas: { lat: number; lon: number; country: string }[];
  dateline?: { lat: number; lon: number };
  /** The country most of the article's places lie in (local news names its own towns). */
  dominant?: string;
  /** Countries that a city, area or demonym of the article points to (not merely the country's own name). */
  support?: Set<string>;
  /** City-table indexes of candidates near a candidate of another name of the article, with how many names. */
  neighbours?: Map<number, number>;
  /** "US-KY": the first-level division most of the article's towns in the dominant country lie in. */
  home?: string;
  /** The centre of those towns: where a county the gazetteer lacks is put. */
  homeCentre?: { lat: number; lon: number };
  /** The choice for each candidate list (a name's cities) in the current pass, when no following name bears
   * on it: an article repeats its town names, and a pass's context does not change within it. */
  chosen?: Map<number[], ReturnType<typeof chooseCity>>;
}

const NEAR_KM = 350;

export function placeContext(mentions: Mention[], kb: KnowledgeBase): PlaceContext {
  const countries = new Set<string>();
  const areas: PlaceContext['areas'] = [];
  for (const m of mentions) {
    if ((m.kind === 'country' || m.kind === 'demonym' || m.kind === 'region') && m.country) {
      const iso2 = kb.countryByIso3.get(m.country)?.iso2;
      if (iso2) countries.add(iso2);
    }
    if (m.kind === 'admin' && m.admin) {
      countries.add(m.admin.country);
      areas.push({ lat: m.admin.lat, lon: m.admin.lon, country: m.admin.country });
    }
  }
  return { countries, areas };
}

/** The best city for a name, with a confidence from how clearly it beat the next candidate. */
export function chooseCity(
  candidates: number[],
  table: CityTable,
  ctx: PlaceContext,
  following?: Mention,
): { city: City; confidence: number } | undefined {
  const plain = !following?.admin && following?.kind !== 'country';
  if (plain && ctx.chosen?.has(candidates)) return ctx.chosen.get(candidates);
  const scored = candidates.slice(0, 25).map((i) => {
    const c = table.cities[i]!;
    let score = Math.log10(c.population + 10);
    if (ctx.countries.has(c.country)) score += 3;
    if (ctx.dominant === c.country) score += 3;
    if (ctx.areas.some((a) => a.country === c.country && haversineKm(a.lat, a.lon, c.lat, c.lon) < NEAR_KM))
      score += 3;
    if (ctx.dateline && haversineKm(ctx.dateline.lat, ctx.dateline.lon, c.lat, c.lon) < NEAR_KM) score += 2;
    if (ctx.home === `${c.country}-${c.adminCode}`) score += 3;
    score += 1.5 * Math.min(2, ctx.neighbours?.get(i) ?? 0);
    if (c.featureCode === 'PPLC') score += 2;
    else if (c.featureCode === 'PPLA') score += 1;
    // "Alexandria, Louisiana" / "Termez, Uzbekistan": the following name settles it
    if (
      following?.admin &&
      following.admin.country === c.country &&
      haversineKm(following.admin.lat, following.admin.lon, c.lat, c.lon) < NEAR_KM
    )
      score += 6;
    if (following?.kind === 'country' && following.country && table && c.country === iso2Of(following))
      score += 6;
    return { c, score };
  });
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  const margin = best ? best.score - (scored[1]?.score ?? 0) : 0;
  const choice = best && {
    city: best.c,
    confidence: Math.round((0.55 + 0.4 * Math.min(1, margin / 4)) * 100) / 100,
  };
  if (plain) ctx.chosen?.set(candidates, choice);
  return choice;
}

let iso2Lookup: ((iso3: string) => string | undefined) | undefined;
const iso2Of = (m: Mention) => (m.country && iso2Lookup ? iso2Lookup(m.country) : undefined);

export function resolvePlaces(
  mentions: Mention[],
  layer: TextLayer,
  kb: KnowledgeBase,
  table: CityTable,
): { places: Place[]; mentionOf: number[] } {
  iso2Lookup = (iso3) => kb.countryByIso3.get(iso3)?.iso2;
  const ctx = placeContext(mentions, kb);
  ctx.neighbours = neighbours(mentions, table);
  const places: Place[] = [];
  const mentionOf: number[] = [];
  const span = (m: Mention) => {
    const article = /^the\s+/i.exec(m.text);
    const start = m.start + (article ? article[0].length : 0);
    return { start, end: m.end, text: layer.text.slice(start, m.end) };
  };
  // the dateline first: it is context for every other city
  const dateline = mentions.map((m) => isDateline(m, layer));
  const order = mentions.map((_m, i) => i).sort((a, b) => Number(dateline[b]) - Number(dateline[a]));
  const resolveAll = () => {
    places.length = 0;
    mentionOf.length = 0;
    ctx.chosen = new Map();
    for (const i of order) {
      const place = resolveOne(mentions, i, layer, kb, table, ctx, span);
      if (place) {
        places.push(place);
        mentionOf.push(i);
      }
    }
  };
  resolveAll();
  // names that are also a US state or another country's province ("Georgia", "Washington") do not vote
  const ambiguous = mentionOf.map((i) => !!mentions[i]!.admin && mentions[i]!.kind !== 'admin');
  ctx.support = new Set(
    places
      .filter((p, k) => p.country && mentions[mentionOf[k]!]!.kind !== 'country' && p.confidence >= 0.7)
      .map((p) => p.country!),
  );
  const counties = namesCounty(layer);
  ctx.dominant = dominantCountry(
    places.filter((_p, k) => !ambiguous[k]),
    counties,
  );
  // a division's name read as a foreign country ("Georgia") may turn out to be the state of the article's towns
  if (ctx.dominant || (ambiguous.some(Boolean) && ctx.support.size > 0)) resolveAll();
  if (ctx.dominant) {
    Object.assign(
      ctx,
      homeRegion(
        places,
        mentionOf.map((i) => mentions[i]!),
        table,
        ctx.dominant,
      ),
    );
    if (ctx.home) resolveAll();
  }
  const order2 = places.map((_p, k) => k).sort((a, b) => places[a]!.start - places[b]!.start);
  return { places: order2.map((k) => places[k]!), mentionOf: order2.map((k) => mentionOf[k]!) };
}

function resolveOne(
  mentions: Mention[],
  i: number,
  layer: TextLayer,
  kb: KnowledgeBase,
  table: CityTable,
  ctx: PlaceContext,
  span: (m: Mention) => { start: number; end: number; text: string },
): Place | undefined {
  const m = mentions[i]!;
  const following =
    layer.tokens[m.last]?.text === ',' && mentions[i + 1]?.first === m.last + 1 ? mentions[i + 1] : undefined;
  // "Georgia" the US state, "Washington" the state, in an article about American places
  if (m.kind !== 'admin' && m.admin && meansState(m, m.admin.country, kb, table, ctx)) {
    return adminPlace(m, span(m), 0.6);
  }
  const county = countyName(m, layer);
  const countyAt = county && (ctx.homeCentre ?? ctx.areas.find((a) => a.country === ctx.dominant));
  if (county && countyAt) {
    const { lat, lon } = countyAt;
    return { ...span(m), name: county, country: ctx.dominant, lat, lon, featureClass: 'A', confidence: 0.4 };
  }
  const town = m.kind === 'country' ? townNamedLikeCountry(m, layer, kb, table, ctx) : undefined;
  if (town) return cityPlace(m, town, table, ctx, layer, span, undefined);
  if ((m.kind === 'country' || m.kind === 'demonym') && m.country) {
    const c = kb.countryByIso3.get(m.country);
    if (!c) return undefined;
    const confidence = m.kind === 'country' ? 0.95 : 0.6;
    return {
      ...span(m),
      name: c.name,
      country: c.iso2,
      lat: c.lat,
      lon: c.lon,
      featureClass: 'A',
      confidence,
    };
  }
  if (m.kind === 'region' && m.region) {
    const iso2 = m.region.country ? kb.countryByIso3.get(m.region.country)?.iso2 : undefined;
    return {
      ...span(m),
      name: m.region.name,
      ...(iso2 ? { country: iso2 } : {}),
      lat: m.region.lat,
      lon: m.region.lon,
      featureClass: 'L',
      confidence: 0.8,
    };
  }
  if (m.kind === 'admin' && m.admin) return adminPlace(m, span(m), 0.8);
  if ((m.kind === 'city' && m.cities) || (m.type === 'LOC' && m.kind === 'name')) {
    const candidates = m.cities ?? table.byName.get(normKey(m.text)) ?? leadingCity(m, layer, table);
    return cityPlace(m, candidates, table, ctx, layer, span, following);
  }
  return undefined;
}

function cityPlace(
  m: Mention,
  candidates: number[],
  table: CityTable,
  ctx: PlaceContext,
  layer: TextLayer,
  span: (m: Mention) => { start: number; end: number; text: string },
  following: Mention | undefined,
): Place {
  const chosen = chooseCity(candidates, table, ctx, following);
  if (!chosen) return { ...span(m), name: m.text, confidence: 0.3 };
  const { city, confidence } = chosen;
  if (isDateline(m, layer)) {
    ctx.dateline = { lat: city.lat, lon: city.lon };
    ctx.chosen?.clear(); // the dateline is context for every later choice
  }
  return {
    ...span(m),
    name: city.name,
    country: city.country,
    lat: city.lat,
    lon: city.lon,
    geonameId: city.id,
    featureClass: 'P',
    confidence,
  };
}

/**
 * A name the gazetteer lacks that opens with a town's name ("Huntsville City Council", "Springfield High",
 * "Kansas City International"): the longest such town, for the place it is in.
 */
function leadingCity(m: Mention, layer: TextLayer, table: CityTable): number[] {
  const first = /^the\s/i.test(m.text) ? m.first + 1 : m.first;
  for (let end = Math.min(m.last - 1, first + 3); end > first; end--) {
    const words = layer.tokens.slice(first, end);
    if (!words.every((t) => /^\p{Lu}/u.test(t.text))) continue;
    const found = table.byName.get(normKey(layer.text.slice(words[0]!.start, words.at(-1)!.end)));
    if (found) return found;
  }
  return [];
}

/** Nouns after a town's name that a country's name does not take: "a Palestine man", "Lebanon residents". */
const TOWN_HEADS = new Set([
  'man',
  'woman',
  'men',
  'women',
  'resident',
  'residents',
  'native',
  'teen',
  'teenager',
  'boy',
  'girl',
  'couple',
  'family',
  'mayor',
  'police',
]);
const HOMONYM_TOWN = 5_000;

/**
 * Towns named like a country (Palestine, Texas; Jordan, Minnesota; Lebanon, Ohio): the town when the name is
 * followed by a noun a country's name does not take ("a Palestine man"), or when the article's places lie in
 * the town's country and nothing else in it (no city, area or demonym) points to the foreign country.
 */
function townNamedLikeCountry(
  m: Mention,
  layer: TextLayer,
  kb: KnowledgeBase,
  table: CityTable,
  ctx: PlaceContext,
): number[] | undefined {
  const iso2 = kb.countryByIso3.get(m.country ?? '')?.iso2;
  if (!iso2 || iso2 === ctx.dominant) return undefined;
  const towns = (table.byName.get(normKey(m.text)) ?? []).filter((i) => table.cities[i]!.country !== iso2);
  if (towns.length === 0) return undefined;
  const next = layer.tokens[m.last];
  if (next && TOWN_HEADS.has(next.lower)) return towns;
  if (!ctx.dominant || ctx.support?.has(iso2)) return undefined;
  const home = towns.filter(
    (i) => table.cities[i]!.country === ctx.dominant && table.cities[i]!.population >= HOMONYM_TOWN,
  );
  return home.length > 0 ? home : undefined;
}

const COUNTY_WORDS = new Set(['County', 'Parish', 'Borough']);
const COUNTY_PREFIX = new RegExp(
  `^(?:the\\s+)?((?:\\p{Lu}[\\p{L}'.-]*\\s+){1,3}(?:${[...COUNTY_WORDS].join('|')}))\\b`,
  'u',
);

/**
 * "Laurel County", "Rapides Parish" (US local news): the county's name, whether the mention is the county, a
 * name inside the county ("Anderson" before "County") or a body named after it ("the Boone County Sheriff").
 */
function countyName(m: Mention, layer: TextLayer): string | undefined {
  const next = layer.tokens[m.last];
  if (next && COUNTY_WORDS.has(next.text) && (m.kind === 'city' || m.kind === 'name'))
    return `${m.text} ${next.text}`;
  if (m.kind !== 'name') return undefined;
  return COUNTY_PREFIX.exec(m.text)?.[1];
}

const NEIGHBOUR_DEG = 1.5; // about 160 km of latitude
const NEIGHBOUR_CANDIDATES = 10;

/**
 * Readings of different town names that lie close together support each other ("Columbus" and "Norfolk" in
 * one story are the Nebraska pair, not Ohio and Virginia): for each candidate, how many other names have a
 * candidate within about 160 km. Only the most populous candidates of each name are compared.
 */
function neighbours(mentions: Mention[], table: CityTable): Map<number, number> {
  const names = new Map<string, number[]>();
  for (const m of mentions) {
    if (m.kind !== 'city' || !m.cities || m.cities.length < 2) continue;
    names.set(m.text.toLowerCase(), m.cities.slice(0, NEIGHBOUR_CANDIDATES));
  }
  const out = new Map<number, number>();
  if (names.size < 2) return out;
  const lists = [...names.values()];
  for (let a = 0; a < lists.length; a++) {
    for (const i of lists[a]!) {
      const c = table.cities[i]!;
      const dLon = NEIGHBOUR_DEG / Math.max(0.2, Math.cos((c.lat * Math.PI) / 180));
      let n = 0;
      for (let b = 0; b < lists.length; b++) {
        if (b === a) continue;
        const near = lists[b]!.some((j) => {
          const d = table.cities[j]!;
          return Math.abs(d.lat - c.lat) < NEIGHBOUR_DEG && Math.abs(d.lon - c.lon) < dLon;
        });
        if (near) n++;
      }
      if (n > 0) out.set(i, n);
    }
  }
  return out;
}

/** Whether the text names a county ("Edgar County"), recognised as a mention or not. */
function namesCounty(layer: TextLayer): boolean {
  const { tokens } = layer;
  for (let i = 1; i < tokens.length; i++) {
    if (COUNTY_WORDS.has(tokens[i]!.text) && /^\p{Lu}/u.test(tokens[i - 1]!.text)) return true;
  }
  return false;
}

/**
 * The first-level division most of the dominant country's confidently placed names lie in (its towns and the
 * division itself, each name counted once), and the centre of its towns (else of the division): local news
 * names the towns of its own state, and a county the gazetteer lacks lies among them.
 */
function homeRegion(
  places: Place[],
  placeMentions: Mention[],
  table: CityTable,
  dominant: string,
): { home?: string; homeCentre?: { lat: number; lon: number } } {
  const votes = new Map<string, { n: number; towns: City[]; area?: { lat: number; lon: number } }>();
  const seen = new Set<string>();
  places.forEach((p, k) => {
    const name = p.text.toLowerCase();
    if (p.country !== dominant || p.confidence < 0.6 || seen.has(name)) return;
    const m = placeMentions[k]!;
    const town = p.geonameId === undefined ? undefined : table.cities[table.byId.get(p.geonameId) ?? -1];
    const key = town
      ? `${town.country}-${town.adminCode}`
      : m.kind === 'admin' && m.admin
        ? regionCode(m.admin, table)
        : undefined;
    if (!key) return;
    seen.add(name);
    const vote = votes.get(key) ?? { n: 0, towns: [] };
    // a state named outright outweighs a town, whose reading was only the most populous namesake
    vote.n += town ? 1 : STATE_VOTE;
    if (town) vote.towns.push(town);
    else vote.area = { lat: m.admin!.lat, lon: m.admin!.lon };
    votes.set(key, vote);
  });
  const best = [...votes.entries()].sort((a, b) => b[1].n - a[1].n)[0];
  if (!best) return {};
  const [home, { towns, area }] = best;
  if (towns.length === 0) return { home, ...(area ? { homeCentre: area } : {}) };
  const lat = towns.reduce((s, c) => s + c.lat, 0) / towns.length;
  const lon = towns.reduce((s, c) => s + c.lon, 0) / towns.length;
  return { home, homeCentre: { lat, lon } };
}

const STATE_VOTE = 2;
const regionCodes = new Map<string, string | undefined>();
const citiesByCountry = new WeakMap<CityTable, Map<string, City[]>>();

/**
 * The city table's code for a first-level division ("US-KY"): the code most of the nine towns nearest its
 * centre carry. Computed once per division, over that country's towns only.
 */
function regionCode(a: AdminRegion, table: CityTable): string | undefined {
  const key = `${a.country}:${a.name}`;
  if (regionCodes.has(key)) return regionCodes.get(key);
  const near: { d: number; code: string }[] = []; // the nine nearest so far, nearest first
  for (const c of countryCities(table, a.country)) {
    const d = (c.lat - a.lat) ** 2 + (c.lon - a.lon) ** 2;
    if (near.length === 9 && d >= near[8]!.d) continue;
    let k = Math.min(near.length, 8);
    while (k > 0 && near[k - 1]!.d > d) k--;
    near.splice(k, 0, { d, code: c.adminCode });
    if (near.length > 9) near.pop();
  }
  const counts = new Map<string, number>();
  for (const { code } of near) counts.set(code, (counts.get(code) ?? 0) + 1);
  const code = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
  const result = code === undefined ? undefined : `${a.country}-${code}`;
  regionCodes.set(key, result);
  return result;
}

function countryCities(table: CityTable, iso2: string): City[] {
  let index = citiesByCountry.get(table);
  if (!index) {
    index = new Map();
    for (const c of table.cities) {
      const list = index.get(c.country);
      if (list) list.push(c);
      else index.set(c.country, [c]);
    }
    citiesByCountry.set(table, index);
  }
  return index.get(iso2) ?? [];
}

/** A state or province as a place. */
function adminPlace(m: Mention, at: { start: number; end: number; text: string }, confidence: number): Place {
  const a = m.admin!;
  return { ...at, name: a.name, country: a.country, lat: a.lat, lon: a.lon, featureClass: 'A', confidence };
}

/**
 * Whether a name that is also a first-level division of `state` ("Georgia", "Washington") means the division:
 * the article's places lie in that country, or (with too few places for a majority) a confidently placed town
 * of it is named and nothing points to the other country ("Atlanta" beside "Georgia").
 */
function meansState(
  m: Mention,
  state: string,
  kb: KnowledgeBase,
  table: CityTable,
  ctx: PlaceContext,
): boolean {
  const other = kb.countryByIso3.get(m.country ?? '')?.iso2;
  if (other === state || (m.kind === 'city' && cityIn(m, table, state))) return false;
  if (ctx.dominant) return ctx.dominant === state;
  return !!ctx.support?.has(state) && !(other && ctx.support.has(other));
}

/** Whether the name is also a city of that country (then the city is meant). */
function cityIn(m: Mention, table: CityTable, iso2: string): boolean {
  return (m.cities ?? []).some(
    (i) => table.cities[i]!.country === iso2 && table.cities[i]!.population >= 20_000,
  );
}

/**
 * A country holding at least two and most of the confidently placed names (each name counted once, so that a
 * town named like a foreign country does not outvote the article by repetition). Counties ("Laurel County")
 * are a US news convention and vote for the United States, as much as two other names.
 */
function dominantCountry(places: Place[], counties: boolean): string | undefined {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  let total = 0;
  // a county is worth two names: US local news often names nothing else but its own town
  if (counties) {
    counts.set('US', 2);
    total += 2;
  }
  for (const p of places) {
    if (!p.country || p.featureClass === 'L' || p.confidence < 0.7) continue;
    const key = p.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
    total++;
  }
  const [best, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  return best && n! >= 2 && n! / total > 0.5 ? best : undefined;
}
