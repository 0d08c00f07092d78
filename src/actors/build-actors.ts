// Mentions become actors: names merge by full name, surname and knowledge-base identity; roles go to the
// person holding them; countries, organisations and groups become actors with CAMEO-style codes.
import type { KnowledgeBase, Role } from '../kb/index.js';
import { normKey, officesOn } from '../kb/index.js';
import { cityTable } from '../mentions/cities.js';
import type { Mention } from '../mentions/mention.js';
import type { TextLayer } from '../text/layer.js';
import type { Descriptor } from './descriptor.js';
import { linkName, officeHolder, type PersonLink } from './kb-link.js';

export interface Draft {
  key: string;
  name: string;
  kind: 'person' | 'organization' | 'country' | 'group';
  country?: string;
  sector?: string;
  /** A full code that is not country + sector (IGOs, armed groups). */
  fixedCode?: string;
  role?: string;
  /** Office roles (head_of_government …) and role terms this actor answers to. */
  roleKeys: Set<string>;
  kbId?: string;
  gender?: 'm' | 'f';
  /** Mention indexes, in text order. */
  mentions: number[];
  /** How the code was established, for the document's issues. */
  unresolved?: string;
}

export interface ActorAssignment {
  drafts: Draft[];
  /** Mention index → draft. */
  byMention: Map<number, Draft>;
}

const ROLE_KEY = (r: Role) => r.role ?? `term:${r.term}`;
const titleCase = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

export function buildActors(
  mentions: Mention[],
  descriptors: Map<number, Descriptor>,
  kb: KnowledgeBase,
  layer: TextLayer,
  date: string | undefined,
): ActorAssignment {
  const drafts: Draft[] = [];
  const byMention = new Map<number, Draft>();
  const byKey = new Map<string, Draft>();
  const partOf = new Map<number, number>();
  for (const d of descriptors.values()) for (const p of d.parts) if (p !== d.head) partOf.set(p, d.head);

  const draft = (
    key: string,
    make: () => Omit<Draft, 'key' | 'mentions' | 'roleKeys'> & { roleKeys?: Set<string> },
  ) => {
    let found = byKey.get(key);
    if (!found) {
      const made = make();
      found = { ...made, key, mentions: [], roleKeys: made.roleKeys ?? new Set() };
      byKey.set(key, found);
      drafts.push(found);
    }
    return found;
  };
  const assign = (i: number, d: Draft) => {
    d.mentions.push(i);
    byMention.set(i, d);
  };
  // the title in the text wins over the knowledge base's office on that day (a date may be a day off)
  const textRole = (link: PersonLink, roles: Role[]) =>
    roles.length > 0 && !roles.some((r) => r.role === link.office?.role) ? roles[0] : undefined;
  const fromLink = (link: PersonLink, roles: Role[]) =>
    draft(`kb:${link.person.id}`, () => ({
      name: link.person.name,
      kind: 'person',
      country: link.person.country,
      sector: textRole(link, roles)?.sector ?? link.office?.sector ?? roles[0]?.sector,
      role: textRole(link, roles)
        ? titleCase(textRole(link, roles)!.term)
        : (link.office?.title ?? (roles[0] ? titleCase(roles[0].term) : undefined)),
      roleKeys: new Set([...officesOn(link.person, date).map((o) => o.role), ...roles.map(ROLE_KEY)]),
      kbId: link.person.id,
      ...(link.person.gender ? { gender: link.person.gender } : {}),
    }));

  /** Organisations: from the knowledge base with their codes, or named ones the text supports. */
  const orgDraft = (m: Mention): Draft | undefined => {
    if (m.kind === 'igo' && m.igo) {
      const igo = m.igo;
      return draft(igo.id, () => ({
        name: igo.name,
        kind: 'organization',
        fixedCode: igo.code,
        kbId: igo.id,
      }));
    }
    if (m.kind === 'media' && m.media) {
      const media = m.media;
      return draft(media.id, () => ({
        name: media.name,
        kind: 'organization',
        ...(media.country ? { country: media.country } : {}),
        sector: 'MED',
        kbId: media.id,
      }));
    }
    if (m.kind === 'group' && m.group) {
      const group = m.group;
      return draft(group.id, () => ({
        name: group.name,
        kind: 'group',
        fixedCode: group.code,
        ...(group.country ? { country: group.country } : {}),
        kbId: group.id,
      }));
    }
    if (m.kind === 'name' && m.type === 'ORG') {
      return draft(`org:${normKey(m.text)}`, () => ({
        name: m.text.replace(/^the /i, ''),
        kind: 'organization',
        unresolved: 'organisation not in the knowledge base',
      }));
    }
    return undefined;
  };

  mentions.forEach((m, i) => {
    if (partOf.has(i)) {
      // a country or organisation inside a title still names itself; roles belong to the described person
      if ((m.kind === 'country' || m.kind === 'demonym') && m.country)
        assign(i, countryDraft(draft, kb, m.country));
      const org = orgDraft(m);
      if (org) assign(i, org);
      return;
    }
    const desc = descriptors.get(i);
    if (m.type === 'PER' && (m.kind === 'name' || m.kind === 'person')) {
      const roles = desc?.roles ?? [];
      const d =
        personByName(drafts, m.text) ??
        linkPerson(kb, m.text, date, desc, fromLink) ??
        newPerson(draft, m.text, desc);
      for (const r of roles) d.roleKeys.add(ROLE_KEY(r));
      if (!d.country && desc?.country) d.country = desc.country;
      if (!d.sector && roles[0]) d.sector = roles[0].sector;
      if (!d.role && roles[0]) d.role = titleCase(roles[0].term);
      assign(i, d);
      for (const p of desc?.parts ?? []) if (p !== i && mentions[p]!.kind === 'role') assign(p, d);
      return;
    }
    if (m.kind === 'role' && m.role) {
      // "Taliban fighters", "a WHO spokesman": the role speaks for its organisation
      const org = desc?.org !== undefined ? byMention.get(desc.org) : undefined;
      const d = org ?? roleActor(m.role, desc, drafts, kb, date, draft, fromLink, layer, m, mentions);
      if (d) {
        assign(i, d);
        for (const p of desc?.parts ?? []) if (p !== i && mentions[p]!.kind === 'role') assign(p, d);
      }
      return;
    }
    if (m.kind === 'country' && m.country) assign(i, countryDraft(draft, kb, m.country));
    else if (m.kind === 'demonym' && m.country) {
      // "Palestinians blamed Israel", "a Russian warplane": the people or things of a country stand for it
      assign(i, countryDraft(draft, kb, m.country));
    } else if (m.kind === 'city' && m.cities) {
      // "Moscow said", "Beijing rejected": a capital acting is its government
      const iso3 = capitalOf(m, kb, layer);
      if (iso3) {
        assign(
          i,
          draft(`gov:${iso3}`, () => ({
            name: `${kb.countryByIso3.get(iso3)?.name ?? iso3} government`,
            kind: 'organization',
            country: iso3,
            sector: 'GOV',
          })),
        );
      }
    } else {
      const org = orgDraft(m);
      if (org) assign(i, org);
    }
  });
  mergeEarlySurnames(drafts, byMention);
  return { drafts, byMention };
}

/** The country whose capital this city mention is, when the city is the subject of a verb. */
function capitalOf(m: Mention, kb: KnowledgeBase, layer: TextLayer): string | undefined {
  const next = layer.tokens[m.last];
  const subject = !!next && (next.pos === 'VERB' || next.pos === 'AUX') && !/ing$/.test(next.lower);
  const prev = layer.tokens[m.first - 1];
  if (!subject || (prev && ['in', 'at', 'from', 'to', 'near', 'of'].includes(prev.lower))) return undefined;
  const city = cityTable().cities[m.cities![0]!];
  if (!city || city.featureCode !== 'PPLC') return undefined;
  return kb.countryByIso2.get(city.country)?.iso3;
}

function countryDraft(
  draft: (key: string, make: () => Omit<Draft, 'key' | 'mentions' | 'roleKeys'>) => Draft,
  kb: KnowledgeBase,
  iso3: string,
) {
  return draft(`country:${iso3}`, () => ({
    name: kb.countryByIso3.get(iso3)?.name ?? iso3,
    kind: 'country',
    country: iso3,
  }));
}

/** A surname used before the full name ("Sharif, Tokayev agree …" in a headline) joins the person named in
 * full later, when exactly one such person exists. */
function mergeEarlySurnames(drafts: Draft[], byMention: Map<number, Draft>): void {
  for (const d of [...drafts]) {
    const words = normKey(d.name).split(' ');
    if (d.kind !== 'person' || words.length !== 1 || d.kbId) continue;
    const full = drafts.filter((o) => {
      if (o === d || o.kind !== 'person') return false;
      const theirs = normKey(o.name).split(' ');
      return theirs.length > 1 && (theirs[theirs.length - 1] === words[0] || theirs[0] === words[0]);
    });
    if (full.length !== 1) continue;
    const target = full[0]!;
    for (const m of d.mentions) {
      target.mentions.push(m);
      byMention.set(m, target);
    }
    target.mentions.sort((a, b) => a - b);
    d.mentions = [];
  }
}

/** An earlier person with this full name, or whose surname this single word is. */
function personByName(drafts: Draft[], text: string): Draft | undefined {
  const key = normKey(text);
  const words = key.split(' ');
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k]!;
    if (d.kind !== 'person') continue;
    const name = normKey(d.name);
    if (name === key) return d;
    const theirs = name.split(' ');
    // a single word is the family name, last in most names and first in Chinese and Korean ones
    if (words.length === 1 && theirs.length > 1 && (theirs[theirs.length - 1] === key || theirs[0] === key))
      return d;
    if (words.length > 1 && key.endsWith(` ${theirs[theirs.length - 1]}`) && name.endsWith(key)) return d;
  }
  return undefined;
}

function linkPerson(
  kb: KnowledgeBase,
  text: string,
  date: string | undefined,
  desc: Descriptor | undefined,
  fromLink: (link: PersonLink, roles: Role[]) => Draft,
): Draft | undefined {
  const link = linkName(kb, text, date, {
    ...(desc?.country ? { country: desc.country } : {}),
    roles: desc?.roles ?? [],
  });
  return link ? fromLink(link, desc?.roles ?? []) : undefined;
}

function newPerson(
  draft: (key: string, make: () => Omit<Draft, 'key' | 'mentions' | 'roleKeys'>) => Draft,
  text: string,
  desc: Descriptor | undefined,
): Draft {
  const role = desc?.roles[0];
  return draft(`person:${normKey(text)}`, () => ({
    name: text,
    kind: 'person',
    ...(desc?.country ? { country: desc.country } : {}),
    ...(role ? { sector: role.sector, role: titleCase(role.term) } : {}),
    unresolved: desc?.country ? undefined : 'person not in the knowledge base and no country in the text',
  }));
}

/** "the prime minister" → the person already known in that role; "Pakistan's energy minister" → a new actor. */
function roleActor(
  role: Role,
  desc: Descriptor | undefined,
  drafts: Draft[],
  kb: KnowledgeBase,
  date: string | undefined,
  draft: (
    key: string,
    make: () => Omit<Draft, 'key' | 'mentions' | 'roleKeys'> & { roleKeys?: Set<string> },
  ) => Draft,
  fromLink: (link: PersonLink, roles: Role[]) => Draft,
  layer: TextLayer,
  m: Mention,
  mentions: Mention[],
): Draft | undefined {
  const country = desc?.country;
  if (role.kind === 'person') {
    const wanted = role.leader ? ['head_of_state', 'head_of_government'] : [ROLE_KEY(role)];
    for (let k = drafts.length - 1; k >= 0; k--) {
      const d = drafts[k]!;
      if (d.kind !== 'person' || (country && d.country && d.country !== country)) continue;
      if (wanted.some((w) => d.roleKeys.has(w))) return d;
    }
    if (country) {
      const link = officeHolder(kb, country, role, date);
      if (link) return fromLink(link, [role]);
    }
  }
  // "police in Barcelona", "students throughout Indonesia": a group located in a named place
  const located = country ?? (role.kind === 'group' ? placeCountryAfter(layer, m, mentions, kb) : undefined);
  if (!located) return undefined; // "a minister", "the government": no actor the text can support
  return roleDraft(role, located, desc, m, layer, draft);
}

function roleDraft(
  role: Role,
  country: string,
  desc: Descriptor | undefined,
  m: Mention,
  layer: TextLayer,
  draft: (
    key: string,
    make: () => Omit<Draft, 'key' | 'mentions' | 'roleKeys'> & { roleKeys?: Set<string> },
  ) => Draft,
): Draft {
  const text = layer.text.slice(desc?.start ?? m.start, m.end);
  const key = role.kind === 'person' ? `role:${country}:${ROLE_KEY(role)}` : `group:${country}:${role.term}`;
  return draft(key, () => ({
    name: text,
    kind: role.kind === 'person' ? 'person' : 'group',
    country,
    sector: role.sector,
    role: titleCase(role.term),
    roleKeys: new Set([ROLE_KEY(role)]),
  }));
}

const LOCATING = new Set(['in', 'throughout', 'across', 'from', 'of']);

function placeCountryAfter(
  layer: TextLayer,
  m: Mention,
  mentions: Mention[],
  kb: KnowledgeBase,
): string | undefined {
  const prep = layer.tokens[m.last];
  if (!prep || !LOCATING.has(prep.lower)) return undefined;
  const next = mentions.find((o) => o.first > m.last && o.first <= m.last + 3);
  if (!next) return undefined;
  if ((next.kind === 'country' || next.kind === 'admin' || next.kind === 'region') && next.country)
    return next.country;
  if (next.kind === 'city' && next.cities?.[0] !== undefined) {
    const iso2 = cityTable().cities[next.cities[0]]!.country;
    return kb.countryByIso2.get(iso2)?.iso3;
  }
  return undefined;
}
