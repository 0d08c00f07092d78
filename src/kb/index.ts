// The knowledge base: countries, organisations, media, groups, regions, roles and office holders, with lookups.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DATA_DIR, loadList, type Problem, throwProblems, yamlFiles } from './load.js';
import { normKey } from './normalize.js';
import {
  AdminRegion,
  CityAlias,
  CountryExtra,
  Group,
  Igo,
  Media,
  type Office,
  Person,
  Region,
  Role,
} from './schema.js';

export interface Country {
  iso3: string;
  iso2: string;
  name: string;
  names: string[];
  demonyms: string[];
  capital?: string;
  lat: number;
  lon: number;
}

export interface KnowledgeBase {
  countries: Country[];
  countryByIso3: Map<string, Country>;
  countryByIso2: Map<string, Country>;
  people: Person[];
  igos: Igo[];
  media: Media[];
  groups: Group[];
  regions: Region[];
  adminRegions: AdminRegion[];
  roles: Role[];
  cityAliases: CityAlias[];
  /** Role entries by every normalized term and alias. */
  roleByTerm: Map<string, Role>;
  /** People by normalized full name or alias. */
  peopleByName: Map<string, Person[]>;
  /** People by normalized surname (last word of the name). */
  peopleBySurname: Map<string, Person[]>;
}

export { normKey } from './normalize.js';
export type { AdminRegion, Group, Igo, Media, Office, Person, Region, Role } from './schema.js';

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  latlng: [number, number];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
  unMember?: boolean;
}

const require = createRequire(import.meta.url);
let cached: KnowledgeBase | undefined;

/** The project's knowledge base, loaded once per process (it is read-only) from `dir` (default data/kb). */
export function loadKnowledgeBase(dir = join(DATA_DIR, 'kb')): KnowledgeBase {
  if (cached && dir === join(DATA_DIR, 'kb')) return cached;
  const problems: Problem[] = [];
  const list = <T>(file: string, schema: Parameters<typeof loadList>[1]) =>
    loadList(join(dir, file), schema, problems) as T[];
  const extras = list<CountryExtra>('countries.yaml', CountryExtra);
  const kb: KnowledgeBase = {
    countries: buildCountries(extras),
    countryByIso3: new Map(),
    countryByIso2: new Map(),
    people: yamlFiles(join(dir, 'people')).flatMap((f) => loadList(f, Person, problems)),
    igos: list<Igo>('igos.yaml', Igo),
    media: list<Media>('media.yaml', Media),
    // institutions ("the Kremlin") are coded like groups: a name and the code it stands for
    groups: [...list<Group>('groups.yaml', Group), ...list<Group>('institutions.yaml', Group)],
    regions: list<Region>('regions.yaml', Region),
    adminRegions: list<AdminRegion>('admin-regions.yaml', AdminRegion),
    roles: list<Role>('roles.yaml', Role),
    cityAliases: list<CityAlias>('city-aliases.yaml', CityAlias),
    roleByTerm: new Map(),
    peopleByName: new Map(),
    peopleBySurname: new Map(),
  };
  checkUniqueIds(kb, problems);
  throwProblems('kb', problems);
  for (const c of kb.countries) {
    kb.countryByIso3.set(c.iso3, c);
    kb.countryByIso2.set(c.iso2, c);
  }
  for (const role of kb.roles)
    for (const term of [role.term, ...role.aliases]) kb.roleByTerm.set(normKey(term), role);
  for (const person of kb.people) {
    for (const name of [person.name, ...person.aliases]) push(kb.peopleByName, normKey(name), person);
    for (const surname of surnamesOf(person)) push(kb.peopleBySurname, surname, person);
  }
  if (dir === join(DATA_DIR, 'kb')) cached = kb;
  return kb;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function checkUniqueIds(kb: KnowledgeBase, problems: Problem[]) {
  const seen = new Set<string>();
  for (const item of [
    ...kb.people,
    ...kb.igos,
    ...kb.media,
    ...kb.groups,
    ...kb.regions,
    ...kb.adminRegions,
  ]) {
    if (seen.has(item.id)) problems.push({ file: 'data/kb', line: 0, message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  }
}

function buildCountries(extras: CountryExtra[]): Country[] {
  const world = require('world-countries') as WorldCountry[];
  const byIso3 = new Map(extras.map((e) => [e.iso3, e]));
  return world
    .filter((w) => w.independent || w.unMember || byIso3.has(w.cca3))
    .map((w) => {
      const extra = byIso3.get(w.cca3);
      const drop = new Set((extra?.drop ?? []).map(normKey));
      // alternative spellings shorter than 4 letters are codes ("PK"), which collide with words and initials
      const alt = w.altSpellings.filter((s) => s.replace(/\W/g, '').length >= 4);
      const names = unique([w.name.common, w.name.official, ...alt, ...(extra?.aliases ?? [])]).filter(
        (n) => !drop.has(normKey(n)),
      );
      const demonyms = unique([
        w.demonyms?.eng?.m ?? '',
        w.demonyms?.eng?.f ?? '',
        ...(extra?.demonyms ?? []),
      ]).filter((d) => d && !drop.has(normKey(d)));
      return {
        iso3: w.cca3,
        iso2: w.cca2,
        name: w.name.common,
        names,
        demonyms,
        ...(w.capital[0] ? { capital: w.capital[0] } : {}),
        lat: extra?.lat ?? w.latlng[0],
        lon: extra?.lon ?? w.latlng[1],
      };
    });
}

/** Countries whose news names people family name first ("Xi Jinping" is "Xi"). */
const FAMILY_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK']);

/** The words a person is called by alone: the family name, without generational suffixes. */
function surnamesOf(person: Person): string[] {
  const words = normKey(person.name)
    .split(' ')
    .filter((w) => !/^(?:jr\.?|sr\.?|i{1,3}|iv|v|vi)$/.test(w));
  if (words.length === 0) return [];
  return FAMILY_FIRST.has(person.country) ? [words[0]!] : [words[words.length - 1]!];
}

const unique = (xs: string[]) => [...new Set(xs.filter(Boolean))];

/** Offices a person held on `date` (YYYY-MM-DD); all offices when no date is known. */
export function officesOn(person: Person, date: string | undefined): Office[] {
  if (!date) return person.offices;
  return person.offices.filter((o) => o.start <= date && (!o.end || date <= endOfPeriod(o.end)));
}

/** "2024" ends on 2024-12-31 and "2024-03" on 2024-03-31 for comparisons with full dates. */
function endOfPeriod(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) return `${value}-31`;
  return value;
}
