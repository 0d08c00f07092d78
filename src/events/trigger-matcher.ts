// Finds lexicon triggers in a sentence: the head lemma, the rest of the trigger within 3 tokens each, a cue
// later in the clause; the most specific entry wins at each head.
import type { SentenceRange, TextLayer, Token } from '../text/layer.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';

export interface TriggerMatch {
  entry: LexiconEntry;
  /** Token indexes of the head and of the last trigger word. */
  head: number;
  last: number;
  /** Token indexes where the clause of this trigger starts and ends. */
  clauseStart: number;
  clauseEnd: number;
  specificity: number;
}

/** wink-nlp leaves some past forms unlemmatized or maps them to other words ("staged" → "stag"). */
const LEMMA_FIXES: Record<string, string> = {
  staged: 'stage',
  raped: 'rape',
  waged: 'wage',
  shot: 'shoot',
  met: 'meet',
  led: 'lead',
  fled: 'flee',
  held: 'hold',
  sent: 'send',
  lit: 'light',
  struck: 'strike',
  sought: 'seek',
  fought: 'fight',
  told: 'tell',
  paid: 'pay',
  made: 'make',
  took: 'take',
  gave: 'give',
  broke: 'break',
  began: 'begin',
  withdrew: 'withdraw',
  drew: 'draw',
  threw: 'throw',
  stood: 'stand',
};

/** Candidate lemmas of a token: wink-nlp's, a fix for its known misses, and "-ed"/"-ing" stripped. */
export function lemmasOf(t: Token): string[] {
  const fixed = Object.hasOwn(LEMMA_FIXES, t.lower) ? LEMMA_FIXES[t.lower] : undefined;
  if (fixed) return [fixed];
  if (t.lemma !== t.lower || !/(?:ed|ing)$/.test(t.lower)) return [t.lemma];
  const w = t.lower;
  const stem = w.endsWith('ing') ? w.slice(0, -3) : w.slice(0, -2);
  const out = [t.lemma, stem, `${stem}e`];
  if (/([bdfglmnprt])\1$/.test(stem)) out.push(stem.slice(0, -1));
  if (w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  return out;
}

const MAYBE_INFLECTED = /(?:ed|ing)$/;
const VERBISH = new Set(['VERB', 'AUX', 'ADJ']);
const NOUNISH = new Set(['NOUN', 'PROPN']);

/** Always clause boundaries: semicolons, dashes, relative pronouns, "but". */
const BOUNDARY = new Set([';', '—', '–', 'which', 'who', 'whom', 'but', 'whereas']);
/** Boundaries only when a verb follows ("after they met", not "after the summit"; "as a candidate"). */
const SUBORDINATORS = new Set([
  'while',
  'although',
  'though',
  'because',
  'after',
  'before',
  'when',
  'where',
  'as',
  'since',
  'until',
  'if',
  'unless',
]);

function isBoundary(tokens: Token[], k: number, end: number): boolean {
  const t = tokens[k]!;
  if (BOUNDARY.has(t.lower)) return true;
  if (!SUBORDINATORS.has(t.lower)) return false;
  for (let j = k + 1; j < end && j <= k + 5; j++) {
    const n = tokens[j]!;
    if (n.kind === 'punctuation') return false;
    if (n.pos === 'VERB' || n.pos === 'AUX') return true;
  }
  return false;
}

export function clauseBounds(tokens: Token[], sentence: SentenceRange, at: number): [number, number] {
  let start = sentence.first;
  for (let k = at - 1; k >= sentence.first; k--) {
    if (isBoundary(tokens, k, sentence.last)) {
      start = k + 1;
      break;
    }
  }
  let end = sentence.last;
  for (let k = at + 1; k < sentence.last; k++) {
    if (isBoundary(tokens, k, sentence.last)) {
      end = k;
      break;
    }
  }
  return [start, end];
}

/** The lexicon heads a word form can be, cached by form and lemma: news repeats its words. */
const headCache = new WeakMap<Lexicon, Map<string, Map<string, [string, LexiconEntry[]][]>>>();
const NO_HEADS: [string, LexiconEntry[]][] = [];

function headsOf(t: Token, lexicon: Lexicon): [string, LexiconEntry[]][] {
  // most words start no trigger: leave before any allocation
  if (
    !lexicon.byHead.has(t.lemma) &&
    !MAYBE_INFLECTED.test(t.lower) &&
    !Object.hasOwn(LEMMA_FIXES, t.lower)
  ) {
    return NO_HEADS;
  }
  let cache = headCache.get(lexicon);
  if (!cache) {
    cache = new Map();
    headCache.set(lexicon, cache);
  }
  let byLemma = cache.get(t.lower);
  if (!byLemma) {
    byLemma = new Map();
    if (cache.size < 100_000) cache.set(t.lower, byLemma);
  }
  let heads = byLemma.get(t.lemma);
  if (!heads) {
    const found = lemmasOf(t).flatMap((l) => {
      const entries = lexicon.byHead.get(l);
      return entries ? [[l, entries] as [string, LexiconEntry[]]] : [];
    });
    heads = found.length > 0 ? found : NO_HEADS;
    byLemma.set(t.lemma, heads);
  }
  return heads;
}

export function matchTriggers(layer: TextLayer, sentence: SentenceRange, lexicon: Lexicon): TriggerMatch[] {
  const { tokens } = layer;
  const out: TriggerMatch[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const heads = headsOf(t, lexicon);
    if (heads.length === 0) continue;
    let best: TriggerMatch | undefined;
    let clause: [number, number] | undefined;
    for (const [lemma, candidates] of heads) {
      for (const entry of candidates) {
        // wink-nlp tags some inflected verbs as nouns ("shot"); a multi-word nominal trigger may open with an
        // adjective ("nuclear strike", "tear gas")
        const inflected = lemma !== t.lower;
        const next = tokens[i + 1];
        const nounOk =
          NOUNISH.has(t.pos) ||
          (entry.rest.length > 0 && (t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'ADV')) ||
          (t.pos === 'ADJ' && (!next || next.pos === 'ADP' || next.kind === 'punctuation'));
        const verbOk =
          VERBISH.has(t.pos) || (t.pos === 'NOUN' && inflected) || (entry.rest.length > 0 && t.pos === 'ADV');
        if (entry.pos === 'verb' ? !verbOk : !nounOk) continue;
        // "Serbian forces", "the strikes": a plural after a modifier is a noun, whatever the tagger says
        if (entry.pos === 'verb' && /[^s]s$/.test(t.lower) && isModified(tokens, i)) continue;
        const last = restMatch(tokens, i, sentence.last, entry.rest);
        if (last < 0) continue;
        clause ??= clauseBounds(tokens, sentence, i);
        const [clauseStart, clauseEnd] = clause;
        if (entry.cues.length > 0 && !hasCue(tokens, last + 1, clauseEnd, cueSet(entry.cues))) continue;
        if (entry.not.length > 0 && hasCue(tokens, last + 1, clauseEnd, cueSet(entry.not))) continue;
        const nominal = entry.pos === 'noun' && isNominalContext(tokens, i) ? 2 : 0;
        const specificity =
          nominal +
          entry.rest.length * 5 +
          (entry.cues.length > 0 ? 3 : 0) +
          (entry.cameo.length - 2) +
          (entry.cameo.endsWith('0') ? 0 : 1);
        if (!best || specificity > best.specificity)
          best = { entry, head: i, last, clauseStart, clauseEnd, specificity };
      }
    }
    if (best) out.push(best);
  }
  // a multi-word trigger claims its later words ("hold talk": "talks" is not a second event)
  return out.filter(
    (m) => !out.some((o) => o !== m && o.head < m.head && m.head <= o.last && o.specificity >= m.specificity),
  );
}

/** "new sanctions", "the talks", "started riots": a determiner, adjective, number or verb right before makes a
 * word a noun even when the tagger calls it a verb. */
function isNominalContext(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return /s$/.test(tokens[i]!.lower);
  return ['DET', 'ADJ', 'NUM', 'VERB'].includes(prev.pos) || prev.lower === '’s' || prev.lower === "'s";
}

function isModified(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return (
    !!prev &&
    (['DET', 'ADJ', 'NUM', 'PROPN'].includes(prev.pos) || prev.lower === '’s' || prev.lower === "'s")
  );
}

function restMatch(tokens: Token[], head: number, end: number, rest: string[]): number {
  let at = head;
  for (const word of rest) {
    let found = -1;
    for (let k = at + 1; k < end && k <= at + 4; k++) {
      if (tokens[k]!.lower === word || lemmasOf(tokens[k]!).includes(word)) {
        found = k;
        break;
      }
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}

function hasCue(tokens: Token[], from: number, to: number, cues: CueSet): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (cues.single.has(t.lower) || cues.single.has(t.lemma)) return true;
    for (const words of cues.multi) {
      if (words.every((w, n) => tokens[k + n] && (tokens[k + n]!.lower === w || tokens[k + n]!.lemma === w)))
        return true;
    }
  }
  return false;
}

/** Cue words split once per entry: single words in a set, phrases as word lists. */
export interface CueSet {
  single: Set<string>;
  multi: string[][];
}

const cueSets = new WeakMap<string[], CueSet>();

function cueSet(cues: string[]): CueSet {
  let set = cueSets.get(cues);
  if (!set) {
    set = {
      single: new Set(cues.filter((c) => !c.includes(' '))),
      multi: cues.filter((c) => c.includes(' ')).map((c) => c.split(' ')),
    };
    cueSets.set(cues, set);
  }
  return set;
}
