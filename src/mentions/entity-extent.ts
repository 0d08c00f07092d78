// The span an entity reports: the name, widened to the maximal extent news annotation (MEANTIME, ACE) gives it.
// An organisation takes the description written right before its name ("the US automaker GM", "German
// magazine Der Spiegel"); a city takes the state or country after it ("Mobile, Alabama"). The mention inside
// keeps the bare name, so actors, places and events are unchanged and the inner place is still an entity.
import type { TextLayer, Token } from '../text/layer.js';
import type { Mention } from './mention.js';
import { HONORIFICS, ORG_DESCRIPTORS } from './name-words.js';

export interface Extent {
  start: number;
  end: number;
  /**
   * A body written as a proper name ("the Senate", "the Defense Ministry") is an organisation, a country's
   * government a place ("the Canadian Government", "the government of Germany"), and a country that only
   * describes a named firm ("the US automaker GM") no entity of its own (`MISC`).
   */
  type?: 'ORG' | 'LOC' | 'MISC';
}

/** The entity spans of the mentions, in order, and the wider descriptions to report beside them. */
export interface Extents {
  spans: Extent[];
  /** Indexes of mentions with a description before their name, and that description's start. */
  described: [number, number][];
}

/** Lower-case words that may modify the descriptor ("low cost airline", "private equity firm"). */
const MODIFIER_POS = new Set(['NOUN', 'ADJ', 'VERB', 'PROPN']);
const MAX_MODIFIERS = 4;

export function entityExtents(mentions: Mention[], layer: TextLayer): Extents {
  const byLast = new Map<number, Mention>();
  const byFirst = new Map<number, Mention>();
  for (const m of mentions) {
    byLast.set(m.last, m);
    byFirst.set(m.first, m);
  }
  const described: [number, number][] = [];
  const openers = new Set<Mention>();
  const spans: Extent[] = mentions.map((m, i) => {
    const start =
      m.type === 'ORG'
        ? describedStart(m, layer, byLast, openers)
        : m.type === 'PER'
          ? titledStart(m, layer, byLast)
          : m.start;
    if (start < m.start) {
      described.push([i, start]);
    }
    if (isNamedBody(m, layer)) {
      const body = namedBody(m, layer, byLast, openers);
      if (body) return body;
    }
    if (m.kind === 'country' || m.kind === 'admin') {
      const government = governmentStart(m, layer);
      if (government < m.start) return { start: government, end: m.end, type: 'LOC' };
    }
    return { start: m.start, end: m.kind === 'city' ? stateEnd(m, layer, byFirst) : m.end };
  });
  // MEANTIME leaves a country inside a described firm or a government unannotated: the whole is the entity
  mentions.forEach((m, i) => {
    if (openers.has(m)) spans[i] = { start: m.start, end: m.end, type: 'MISC' };
  });
  return { spans, described };
}

/** "the government of Canada", "the provincial government of Ontario": the government named by its place. */
function governmentStart(m: Mention, layer: TextLayer): number {
  const { tokens } = layer;
  let k = m.first - 1;
  if (tokens[k]?.text !== 'of' || !/^governments?$/.test(tokens[k - 1]?.text ?? '')) return m.start;
  k -= 2;
  let start = tokens[k + 1]!.start;
  for (let n = 0; n < 2 && isModifier(tokens[k]) && tokens[k]!.pos === 'ADJ'; n++, k--)
    start = tokens[k]!.start;
  return tokens[k]?.lower === 'the' ? tokens[k]!.start : start;
}

function describedStart(
  m: Mention,
  layer: TextLayer,
  byLast: Map<number, Mention>,
  openers: Set<Mention>,
): number {
  const { tokens } = layer;
  let k = m.first - 1;
  // "European aircraft manufacturer, Airbus": an apposition with a comma
  if (tokens[k]?.text === ',' && isDescriptor(tokens[k - 1])) k--;
  if (!isDescriptor(tokens[k])) return m.start;
  let start = tokens[k]!.start;
  k--;
  for (let n = 0; n < MAX_MODIFIERS && isModifier(tokens[k]); n++, k--) start = tokens[k]!.start;
  // a country, demonym or organisation opening the description: "US automaker", "Airbus parent"
  const opener = byLast.get(k + 1);
  if (opener && opener.type !== 'PER' && opener.kind !== 'role' && opener.kind !== 'pronoun') {
    start = opener.start;
    k = opener.first - 1;
    if (opener.kind === 'country') openers.add(opener);
  } else if (
    tokens[k] &&
    /^\p{Lu}/u.test(tokens[k]!.text) &&
    (tokens[k]!.pos === 'ADJ' || opensSentence(k, layer))
  ) {
    start = tokens[k]!.start; // "International car company", "Aircraft manufacturer Boeing" opening a line
    k--;
  }
  const det = tokens[k];
  if (det && det.lower === 'the' && det.end < start) start = det.start;
  return start;
}

/** "President Vladimir Putin", "Australian Prime Minister John Howard", "Airbus chief executive Noel Forgeard". */
function titledStart(m: Mention, layer: TextLayer, byLast: Map<number, Mention>): number {
  const { tokens } = layer;
  let k = m.first - 1;
  let start = m.start;
  for (;;) {
    const role = byLast.get(k + 1);
    const t = tokens[k];
    if (role?.kind === 'role' && role.role?.kind === 'person') [start, k] = [role.start, role.first - 1];
    else if (t && /^\p{Lu}/u.test(t.text) && HONORIFICS.has(t.lower.replace(/\.$/, '')))
      [start, k] = [t.start, k - 1];
    else break;
  }
  if (start === m.start) return start;
  // "federal industry minister": lower-case words before a title belong to it
  for (let n = 0; n < MAX_MODIFIERS && isModifier(tokens[k]) && tokens[k]!.pos !== 'VERB'; n++, k--)
    start = tokens[k]!.start;
  const opener = byLast.get(k + 1);
  if (opener && opener.type !== 'PER' && opener.kind !== 'role' && opener.kind !== 'pronoun')
    start = opener.start;
  return start;
}

/** Function words that stay lower case inside a capitalized name ("Ministry of Foreign Affairs"). */
const NAME_GLUE = new Set(['of', 'for', 'and', 'the', 'on', '&']);

/**
 * A role for a body written with capitals mid-sentence is that body's name: "the Senate", "the Federal
 * Reserve". The mention stays a role (its actor comes from the role); the entity is an organisation.
 */
function isNamedBody(m: Mention, layer: TextLayer): boolean {
  if (m.kind !== 'role' || m.role?.kind !== 'group') return false;
  const words = m.text.split(/\s+/);
  if (!words.every((w) => /^\p{Lu}/u.test(w) || NAME_GLUE.has(w))) return false;
  return words.length > 1 || m.first !== layer.sentences[layer.tokens[m.first]!.sentence]!.first;
}

/** The body's name with its country ("the United States Senate", "the Swiss National Bank") and "the". */
function namedBody(
  m: Mention,
  layer: TextLayer,
  byLast: Map<number, Mention>,
  openers: Set<Mention>,
): Extent | undefined {
  const { tokens } = layer;
  let first = m.first;
  // MEANTIME, like ACE's GPE, takes a country's government for the country: a place
  const government = /\bGovernment$/.test(m.text);
  const country = byLast.get(first);
  if (country && (country.kind === 'country' || country.kind === 'demonym')) {
    first = country.first;
    if (government) openers.add(country);
  }
  // any other capital before it makes the role part of a longer name ("Kestrel Motor Company", "Jim Press")
  else if (tokens[first - 1] && /^\p{Lu}/u.test(tokens[first - 1]!.text)) return undefined;
  const prev = tokens[first - 1];
  const start = prev?.lower === 'the' ? prev.start : tokens[first]!.start;
  return { start, end: m.end, type: government ? 'LOC' : 'ORG' };
}

function opensSentence(k: number, layer: TextLayer): boolean {
  const t = layer.tokens[k]!;
  return layer.sentences[t.sentence]!.first === k;
}

function isDescriptor(t: Token | undefined): boolean {
  return !!t && t.text === t.lower && ORG_DESCRIPTORS.has(t.lower);
}

function isModifier(t: Token | undefined): boolean {
  return !!t && t.text === t.lower && MODIFIER_POS.has(t.pos) && /^[\p{L}-]+$/u.test(t.text);
}

/** "Mobile, Alabama", "Toulouse, France": a city with its state or country after a comma. */
function stateEnd(m: Mention, layer: TextLayer, byFirst: Map<number, Mention>): number {
  if (layer.tokens[m.last]?.text !== ',') return m.end;
  const after = byFirst.get(m.last + 1);
  return after && (after.kind === 'admin' || after.kind === 'country') ? after.end : m.end;
}
