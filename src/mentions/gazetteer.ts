// The name gazetteer: every knowledge-base name and city as a normalized key, matched over tokens longest-first.
import type { EntityType } from '../core/index.js';
import { type KnowledgeBase, normKey } from '../kb/index.js';
import { isAcronym } from '../kb/normalize.js';
import type { TextLayer, Token } from '../text/layer.js';
import { type CityTable, cityTable } from './cities.js';
import type { Mention, MentionKind } from './mention.js';

export type GazEntry = Omit<Mention, 'start' | 'end' | 'text' | 'first' | 'last'> & {
  /** Case-insensitive (role words); others need a capital letter in the text. */
  anyCase?: boolean;
  /** The name ends in a capitalized word, so must the text ("Russia Today" is not "Russia today"). */
  lastCapital?: boolean;
};

const PRIORITY: Record<MentionKind, number> = {
  person: 60,
  igo: 55,
  media: 55,
  group: 55,
  country: 50,
  demonym: 45,
  region: 45,
  admin: 40,
  role: 35,
  name: 30,
  city: 20,
  pronoun: 10,
  plural: 40,
};

const TYPE: Record<MentionKind, [EntityType, string]> = {
  person: ['PER', 'person'],
  igo: ['ORG', 'igo'],
  media: ['ORG', 'media'],
  group: ['ORG', 'group'],
  country: ['LOC', 'country'],
  demonym: ['MISC', 'demonym'],
  region: ['LOC', 'region'],
  admin: ['LOC', 'region'],
  role: ['MISC', 'role'],
  name: ['MISC', 'name'],
  city: ['LOC', 'city'],
  pronoun: ['MISC', 'pronoun'],
  plural: ['MISC', 'plural'],
};

export interface Gazetteer {
  /** Entries by normalized key. */
  lower: Map<string, GazEntry[]>;
  /** Acronym entries by their exact text ("US", "U.N."). */
  exact: Map<string, GazEntry[]>;
  /** Longest key length (characters) by the key's first word, to bound the search. */
  maxLength: Map<string, number>;
  /** The same for keys that match in any case (role words): the only ones a lower-case token can start. */
  maxLengthAnyCase: Map<string, number>;
  /** Lower-cased first words of the acronym (exact-case) keys. */
  exactFirst: Set<string>;
  /** Every key's prefixes that end before a space or hyphen: a match is extended only while it is one. */
  prefixes: Set<string>;
  cities: CityTable;
}

export function entry(kind: MentionKind, rule: string, extra: Partial<GazEntry> = {}): GazEntry {
  const [type, subtype] = TYPE[kind];
  return { kind, type, subtype, rule, priority: PRIORITY[kind], ...extra };
}

const firstWord = (key: string) => key.split(/[\s-]/)[0]!;

export function buildGazetteer(kb: KnowledgeBase): Gazetteer {
  const gaz: Gazetteer = {
    lower: new Map(),
    exact: new Map(),
    maxLength: new Map(),
    maxLengthAnyCase: new Map(),
    exactFirst: new Set(),
    prefixes: new Set(),
    cities: cityTable(),
  };
  const add = (name: string, e: GazEntry) => {
    const trimmed = name.trim();
    if (trimmed.length < 2) return;
    const acronym = !e.anyCase && isAcronym(trimmed);
    const shortRole = e.anyCase && trimmed.replace(/\./g, '').length <= 3;
    const key = acronym ? trimmed.replace(/\s+/g, ' ') : shortRole ? trimmed.toUpperCase() : normKey(trimmed);
    const map = acronym || shortRole ? gaz.exact : gaz.lower;
    const words = trimmed.split(/\s+/);
    const lastCapital = !e.anyCase && words.length > 1 && /^\p{Lu}/u.test(words[words.length - 1]!);
    const stored = shortRole ? { ...e, anyCase: false } : lastCapital ? { ...e, lastCapital } : e;
    const list = map.get(key);
    if (list) list.push(stored);
    else map.set(key, [stored]);
    const fw = firstWord(acronym || shortRole ? key.toLowerCase() : key);
    if (map === gaz.exact) gaz.exactFirst.add(fw);
    else
      for (
        let k = key.search(/[\s-]/);
        k > 0;
        k = key.slice(k + 1).search(/[\s-]/) < 0 ? -1 : k + 1 + key.slice(k + 1).search(/[\s-]/)
      )
        gaz.prefixes.add(key.slice(0, k));
    const bound = e.anyCase && !shortRole ? gaz.maxLengthAnyCase : gaz.maxLength;
    bound.set(fw, Math.max(bound.get(fw) ?? 0, key.length));
  };
  for (const c of kb.countries) {
    for (const n of c.names) add(n, entry('country', `country:${c.iso3}`, { country: c.iso3 }));
    for (const d of c.demonyms)
      add(
        d,
        entry('demonym', `demonym:${c.iso3}`, {
          country: c.iso3,
          plural: /s$/.test(d) && d !== c.demonyms[0],
        }),
      );
  }
  for (const igo of kb.igos)
    for (const n of [igo.name, ...igo.aliases]) add(n, entry('igo', igo.id, { igo }));
  for (const media of kb.media)
    for (const n of [media.name, ...media.aliases]) add(n, entry('media', media.id, { media }));
  for (const group of kb.groups) {
    for (const n of [group.name, ...group.aliases])
      add(n, entry('group', group.id, { group, ...(group.country ? { country: group.country } : {}) }));
  }
  for (const region of kb.regions) {
    for (const n of [region.name, ...region.aliases])
      add(n, entry('region', region.id, { region, ...(region.country ? { country: region.country } : {}) }));
  }
  for (const admin of kb.adminRegions) {
    const country = kb.countryByIso2.get(admin.country)?.iso3;
    for (const n of [admin.name, ...admin.aliases])
      add(n, entry('admin', admin.id, { admin, ...(country ? { country } : {}) }));
  }
  for (const [key, people] of kb.peopleByName) add(key, entry('person', people[0]!.id, { people }));
  for (const role of kb.roles) {
    for (const n of [role.term, ...role.aliases])
      add(n, entry('role', `role:${role.term}`, { role, anyCase: true }));
  }
  // short names ("Washington") put their city first among the cities of that name
  const byId = new Map(gaz.cities.cities.map((c, i) => [c.id, i]));
  for (const alias of kb.cityAliases) {
    const i = byId.get(alias.geonameId);
    if (i === undefined) continue;
    const key = normKey(alias.name);
    gaz.cities.byName.set(key, [i, ...(gaz.cities.byName.get(key) ?? []).filter((k) => k !== i)]);
  }
  for (const [key, indexes] of gaz.cities.byName)
    add(key, entry('city', `city:${gaz.cities.cities[indexes[0]!]!.id}`, { cities: indexes }));
  return gaz;
}

export interface GazMatch {
  first: number;
  last: number;
  entries: GazEntry[];
}

/** The longest gazetteer match starting at token `i` (tokens of one sentence end at `end`). */
export function matchAt(gaz: Gazetteer, tokens: Token[], i: number, end: number): GazMatch | undefined {
  const t0 = tokens[i]!;
  const c = t0.text.charCodeAt(0);
  const capital = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && /^[\p{Lu}]/u.test(t0.text));
  // most words are lower case and start no role word: leave before normalizing anything
  if (!capital && !gaz.maxLengthAnyCase.has(t0.lower) && c < 128) return undefined;
  const fw = tokenKey(t0.lower);
  const max = Math.max(boundOf(gaz.maxLengthAnyCase, fw), capital ? boundOf(gaz.maxLength, fw) : 0);
  if (max === 0) return undefined;
  let best: GazMatch | undefined;
  let key = '';
  // acronyms are looked up in their own case, and only when some acronym starts with this word
  const tryExact = capital && gaz.exactFirst.has(fw);
  let exactKey = '';
  for (let j = i; j < end; j++) {
    const t = tokens[j]!;
    const piece = tokenKey(t.lower);
    if (j > i) {
      const prev = tokens[j - 1]!;
      const gap = t.start > prev.end;
      key += gap && piece !== '-' && prev.text !== '-' ? ` ${piece}` : piece;
      if (tryExact) exactKey += gap ? ` ${t.text}` : t.text;
    } else {
      key = piece;
      exactKey = t.text;
    }
    if (key.length > max + 2) break;
    const lower = gaz.lower.get(key);
    const exact = tryExact ? gaz.exact.get(exactKey) : undefined;
    if (!lower && !exact) {
      // stop at a space once no key goes on from here (prefixes end at spaces and hyphens only)
      const next = tokens[j + 1];
      if (!tryExact && next && next.start > t.end && !gaz.prefixes.has(key)) break;
      continue;
    }
    const entries: GazEntry[] = exact ? [...exact] : [];
    const lastUpper = /^[\p{Lu}\d]/u.test(t.text);
    if (lower)
      for (const e of lower) if ((e.anyCase || capital) && (!e.lastCapital || lastUpper)) entries.push(e);
    if (entries.length > 0) best = { first: i, last: j + 1, entries };
  }
  return best;
}

/** The longest key starting with this first word ("u.s." also as "u.s"). */
function boundOf(map: Map<string, number>, fw: string): number {
  const direct = map.get(fw) ?? 0;
  return fw.endsWith('.') ? Math.max(direct, map.get(fw.slice(0, -1)) ?? 0) : direct;
}

/** A token's part of a normalized key (see normKey): straight apostrophes and plain hyphens. */
function tokenKey(lower: string): string {
  return /[’‘`´‐‑–—]/.test(lower) ? lower.replace(/[’‘`´]/g, "'").replace(/[‐‑–—]/g, '-') : lower;
}

const memo = new WeakMap<TextLayer, (GazMatch | undefined)[]>();

/** The longest match at every token of the document, computed once and shared by the recognizers. */
export function matchesOf(gaz: Gazetteer, layer: TextLayer): (GazMatch | undefined)[] {
  let found = memo.get(layer);
  if (!found) {
    found = new Array(layer.tokens.length);
    for (const s of layer.sentences)
      for (let i = s.first; i < s.last; i++) found[i] = matchAt(gaz, layer.tokens, i, s.last);
    memo.set(layer, found);
  }
  return found;
}
