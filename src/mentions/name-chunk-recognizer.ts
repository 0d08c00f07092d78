// Proper-name chunks from capitalization and part of speech, typed PER/ORG/LOC/MISC by their words and context.

import type { EntityType, Time } from '../core/index.js';
import { type KnowledgeBase, normKey } from '../kb/index.js';
import type { TextLayer, Token } from '../text/layer.js';
import { CURRENCY_CODES } from './amount-recognizer.js';
import { type Gazetteer, type GazMatch, matchesOf } from './gazetteer.js';
import type { Mention } from './mention.js';
import {
  CONNECTORS,
  EVENT_WORDS,
  HONORIFICS,
  LOC_WORDS,
  NOT_NAME_ACRONYMS,
  ORG_WORDS,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
} from './name-words.js';

const CAPITAL = /^[\p{Lu}][\p{L}\p{M}'’.-]*$|^[\p{Lu}]{2,}$/u;

/** Gazetteer kinds that stop a chunk: they are mentions of their own. */
const BREAKING = new Set([
  'country',
  'demonym',
  'igo',
  'media',
  'group',
  'region',
  'admin',
  'role',
  'person',
]);

export function recognizeNameChunks(
  layer: TextLayer,
  gaz: Gazetteer,
  kb: KnowledgeBase,
  times: Time[],
): Mention[] {
  const { tokens } = layer;
  const out: Mention[] = [];
  const inTime = (t: Token) => times.some((x) => x.start <= t.start && t.end <= x.end);
  const matches = matchesOf(gaz, layer);
  const usage = wordUsage(layer);
  for (const sentence of layer.sentences) {
    /** Extends a chunk from token j over name tokens, and over connectors followed by a name token. */
    const growChunk = (from: number, orgSoFar: boolean): number => {
      let j = from;
      let org = orgSoFar;
      while (j < sentence.last) {
        const next = tokens[j]!;
        if (
          isNameToken(next) &&
          !inTime(next) &&
          (!startsBreaking(matches[j], next) || (j > from && endsOrgName(matches[j], next, j)))
        ) {
          org ||= ORG_WORDS.has(next.text);
          j++;
          continue;
        }
        // "Air Canada", "Kestrel Bank Russia": an organisation's name may end in a country
        const place = matches[j];
        if (org && place?.entries.some((e) => e.kind === 'country' || e.kind === 'region')) {
          j = place.last;
          break;
        }
        const after = tokens[j + 1];
        if (CONNECTORS.has(next.lower) && after && isNameToken(after) && !inTime(after)) {
          // "Bank of America": after an organisation word a country or city may follow the connector
          const m = matches[j + 1];
          const place = m?.entries.some((e) => ['country', 'city', 'admin', 'region'].includes(e.kind));
          if (!startsBreaking(matches[j + 1], tokens[j + 1]!)) {
            j += 2;
            continue;
          }
          if (org && place && m) {
            j = m.last;
            continue;
          }
        }
        break;
      }
      return j;
    };
    let i = sentence.first;
    while (i < sentence.last) {
      const t = tokens[i]!;
      const initial = i === sentence.first;
      if (!isNameToken(t) || inTime(t) || (initial && !initialName(t, tokens[i + 1], usage))) {
        i++;
        continue;
      }
      const breaking = matches[i];
      if (breaking && breaking.entries.some((e) => BREAKING.has(e.kind) && e.kind !== 'person')) {
        // "Singapore Airlines", "General Motors", "Government Accountability Office": a place or role word
        // that opens an organisation's name is part of it
        const end = growChunk(breaking.last, false);
        if (end > breaking.last && tokens.slice(breaking.last, end).some((t) => ORG_WORDS.has(t.text))) {
          const mention = typeChunk(layer, kb, gaz, usage, i, end, sentence.first);
          if (mention) out.push({ ...mention, priority: 56 });
          i = end;
        } else i = breaking.last;
        continue;
      }
      const j = growChunk(i + 1, ORG_WORDS.has(t.text));
      for (const [a, b] of splitChunk(tokens, i, j)) {
        const mention = typeChunk(layer, kb, gaz, usage, a, b, sentence.first);
        if (mention) out.push(mention);
      }
      i = j;
    }
  }
  return out;
}

/** "General Motors Corporation", "Ford Motor Company": a role word that closes an organisation's name. */
function endsOrgName(m: GazMatch | undefined, t: Token, k: number): boolean {
  return !!m && m.last === k + 1 && ORG_WORDS.has(t.text) && m.entries.every((e) => e.kind === 'role');
}

function startsBreaking(m: GazMatch | undefined, t: Token): boolean {
  if (!m) return false;
  if (m.entries.some((e) => BREAKING.has(e.kind) && e.kind !== 'person' && e.kind !== 'role')) return true;
  // a role word breaks a name ("President Putin") unless it is an honorific inside one
  return m.entries.every((e) => e.kind === 'role') && !HONORIFICS.has(t.lower.replace(/\.$/, ''));
}

interface WordUsage {
  /** Words written in lower case somewhere in the text ("stock", "global"). */
  lower: Set<string>;
  /** Lower-cased capitalized words that open a run of capitals inside a sentence ("ford" from "said Ford"). */
  capitalMid: Set<string>;
}

/** One pass over the tokens: how each word is written elsewhere tells a name from a capitalized common word. */
function wordUsage(layer: TextLayer): WordUsage {
  const usage: WordUsage = { lower: new Set(), capitalMid: new Set() };
  for (const s of layer.sentences) {
    for (let k = s.first + 1; k < s.last; k++) {
      const t = layer.tokens[k]!;
      if (t.text === t.lower) usage.lower.add(t.lower);
      // only a capital that opens a run counts: "Stock" in "the Tokyo Stock Exchange" is part of a longer name
      else if (CAPITAL.test(t.text) && !CAPITAL.test(layer.tokens[k - 1]!.text))
        usage.capitalMid.add(t.lower);
    }
  }
  return usage;
}

/**
 * A capital that opens a sentence (or a headline line) is a name when the text writes the word with a capital
 * inside a sentence too, or, failing that, when the tagger calls it a proper noun and the text never writes
 * it in lower case ("Timber prices fell … the timber yards") nor puts it before a lower-case noun.
 */
function initialName(t: Token, next: Token | undefined, usage: WordUsage): boolean {
  if (/^[\p{Lu}]{2,}$/u.test(t.text) || usage.capitalMid.has(t.lower)) return true;
  // "Stock markets fell", "Engine troubles delay": a capital before a lower-case noun modifies it
  if (next && next.text === next.lower && next.pos === 'NOUN') return false;
  return t.pos === 'PROPN' && !usage.lower.has(t.lower);
}

function isNameToken(t: Token): boolean {
  if (!CAPITAL.test(t.text)) return false;
  if (
    t.pos === 'PRON' ||
    t.pos === 'DET' ||
    t.pos === 'ADP' ||
    t.pos === 'CCONJ' ||
    t.pos === 'AUX' ||
    t.pos === 'SCONJ'
  )
    return false;
  return t.text !== 'I';
}

/**
 * "and" joins two names into one only inside an organisation's name ("Belt and Road Forum"); a complete
 * organisation name before it ("Shanghai Airlines and Xiamen Airlines") is a list of two.
 */
function splitChunk(tokens: Token[], a: number, b: number): [number, number][] {
  const words = tokens.slice(a, b).map((t) => t.text);
  if (words.some((w) => ORG_WORDS.has(w) || EVENT_WORDS.has(w))) {
    const and = words.findIndex(
      (w, k) => (w === 'and' || w === '&') && k >= 2 && ORG_WORDS.has(words[k - 1]!),
    );
    if (and < 0 || and === words.length - 1) return [[a, b]];
    return [[a, a + and], ...splitChunk(tokens, a + and + 1, b)];
  }
  const parts: [number, number][] = [];
  let start = a;
  for (let k = a; k < b; k++) {
    if (CONNECTORS.has(tokens[k]!.lower) && tokens[k]!.lower !== '-') {
      if (k > start) parts.push([start, k]);
      start = k + 1;
    }
  }
  if (b > start) parts.push([start, b]);
  return parts;
}

function typeChunk(
  layer: TextLayer,
  kb: KnowledgeBase,
  gaz: Gazetteer,
  usage: WordUsage,
  a: number,
  b: number,
  sentenceFirst: number,
): Mention | undefined {
  const { text, tokens } = layer;
  const chunk = tokens.slice(a, b);
  const start = chunk[0]!.start;
  const end = chunk[chunk.length - 1]!.end;
  const words = chunk.map((t) => t.text);
  const prev = tokens[a - 1];
  const prev2 = tokens[a - 2];
  const next = tokens[b];
  const key = text.slice(start, end);
  const surname = chunk[chunk.length - 1]!.lower;
  let type: EntityType | undefined;
  let rule = 'chunk';
  const head = words[words.length - 1]!;
  // "ASTANA:", "NEW DELHI (dyad wire) -": a capitalized dateline is a place
  const dateline =
    a === sentenceFirst && /^[\p{Lu}\s.-]{3,}$/u.test(key) && !!next && /^[:(—–,-]$/.test(next.text);
  if (dateline) {
    if (gaz.cities.byName.has(normKey(key))) return undefined; // the city mention stands
    [type, rule] = ['LOC', 'chunk:dateline'];
  } else if (EVENT_WORDS.has(head)) [type, rule] = ['MISC', 'chunk:event-word'];
  else if (words.some((w) => ORG_WORDS.has(w))) [type, rule] = ['ORG', 'chunk:org-word'];
  else if (words.some((w) => EVENT_WORDS.has(w))) [type, rule] = ['MISC', 'chunk:event-word'];
  // "Marxist ideas", "European aircraft makers": a demonym or -ism adjective before a lower-case word
  else if (
    chunk.length === 1 &&
    /(?:ism|ity|ian|ean|ese|ish)$/.test(head) &&
    (next?.pos === 'NOUN' || (next?.pos === 'ADJ' && next.text === next.lower))
  )
    [type, rule] = ['MISC', 'chunk:adjectival'];
  else if (words.some((w) => LOC_WORDS.has(w))) {
    if (chunk.length === 1) return undefined; // "State", "District" alone name nothing
    [type, rule] = ['LOC', 'chunk:loc-word'];
  } else if (prev && (HONORIFICS.has(prev.lower.replace(/\.$/, '')) || isPersonRole(gaz, layer, a - 1)))
    [type, rule] = ['PER', 'chunk:title'];
  else if (isBigCity(gaz, key))
    return undefined; // the city mention stands ("New York", "Beijing", "San Francisco")
  else if (kb.peopleBySurname.has(surname) || kb.peopleByName.has(key.toLowerCase()))
    [type, rule] = ['PER', 'chunk:kb-surname'];
  else if (next && SPEECH_VERBS.has(next.lemma) && chunk.length >= 2) [type, rule] = ['PER', 'chunk:speaker'];
  else if (
    prev &&
    PLACE_PREPOSITIONS.has(prev.lower) &&
    chunk.length <= 2 &&
    !(prev2 && prev2.lower === 'of')
  ) {
    if (gaz.cities.byName.has(normKey(key))) return undefined; // the city mention stands
    [type, rule] = ['LOC', 'chunk:place-preposition'];
  } else if (
    chunk.length >= 2 &&
    chunk.length <= 4 &&
    chunk.every((t) => t.pos === 'PROPN' && !/^[\p{Lu}]{2,}$/u.test(t.text))
  ) {
    [type, rule] = ['PER', 'chunk:person-shape'];
  } else if (chunk.length === 1 && (NOT_NAME_ACRONYMS.has(head) || CURRENCY_CODES.has(head)))
    return undefined;
  else if (chunk.length === 1 && /^[\p{Lu}]{2,}$/u.test(words[0]!) && a !== sentenceFirst)
    [type, rule] = ['ORG', 'chunk:acronym'];
  // the tagger calls some names common words ("Ford" a verb): a capital the text never writes in lower case
  else if (chunk.length === 1 && (chunk[0]!.pos === 'PROPN' || !usage.lower.has(chunk[0]!.lower)))
    [type, rule] = ['ORG', 'chunk:single'];
  else if (chunk.length >= 2) [type, rule] = ['ORG', 'chunk:multi'];
  if (!type) return undefined;
  return {
    start,
    end,
    text: key,
    type,
    subtype: type === 'PER' ? 'person' : type === 'ORG' ? 'organization' : type === 'LOC' ? 'place' : 'name',
    kind: 'name',
    rule,
    // an organisation's full name outranks the place or role words inside it ("Bank of England")
    priority: rule === 'chunk:org-word' ? 56 : 30,
    first: a,
    last: b,
  };
}

function isBigCity(gaz: Gazetteer, name: string): boolean {
  const best = gaz.cities.byName.get(normKey(name))?.[0];
  const city = best === undefined ? undefined : gaz.cities.cities[best];
  return !!city && (city.population >= 200_000 || city.featureCode === 'PPLC');
}

function isPersonRole(gaz: Gazetteer, layer: TextLayer, k: number): boolean {
  if (k < 0) return false;
  // the role may span several tokens ending at k ("Prime Minister", "Foreign Minister")
  const matches = matchesOf(gaz, layer);
  for (let s = Math.max(0, k - 3); s <= k; s++) {
    const m = matches[s];
    if (m && m.last === k + 1 && m.entries.some((e) => e.kind === 'role' && e.role?.kind === 'person'))
      return true;
  }
  return false;
}
