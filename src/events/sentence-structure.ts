// Where a sentence's main event is: the attribution tail (", officials told reporters") is only the report, and
// an act that is the complement of another event ("offered to negotiate", "staged rallies to demand") is part of it.
import type { Event } from '../core/index.js';
import { CUE_VERBS as SPEECH } from '../quotes/attribution.js';
import type { SentenceRange, TextLayer, Token } from '../text/layer.js';
import type { TriggerMatch } from './trigger-matcher.js';

/** Words a report may end on after its speech verb: ", the ministry said on Monday in a statement." */
const TAIL_AFTER = 6;
/** How far back from the speech verb the tail's comma may be: "…, a member of the team in Cairo said". */
const TAIL_SPAN = 20;
/** An event before the document numbers it. */
export type SentenceEvent = Omit<Event, 'id'>;
/** An event of the sentence with the trigger match it was built from. */
export interface Built {
  event: SentenceEvent;
  match: TriggerMatch;
}

const CLOSING_QUOTES = new Set(['”', '"', '’', "'"]);

/** The token index where a closing attribution starts (its comma), or the sentence end when there is none:
 * "…, Norway's foreign minister said.", "…, officials told AFP.", "…, according to reports from Freetown." */
export function attributionTail(layer: TextLayer, sentence: SentenceRange): number {
  const { tokens } = layer;
  let cue = -1;
  for (let k = sentence.last - 1; k > sentence.first && k >= sentence.last - TAIL_AFTER - 1; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && SPEECH.has(t.lemma)) {
      cue = k;
      break;
    }
    // "…, he said the talks would resume": a verb after the cue makes it reported speech, not a tail
    if (t.pos === 'VERB') break;
  }
  if (cue < 0) cue = accordingTo(tokens, sentence);
  if (cue < 0) return sentence.last;
  for (let k = cue - 1; k > sentence.first + 2 && k >= cue - TAIL_SPAN; k--) {
    const t = tokens[k]!;
    if (t.text === ',') return k;
    if (t.text === ';' || t.text === ':') break;
  }
  return sentence.last;
}

/** The index of "according" in a closing "…, according to X", or -1. */
function accordingTo(tokens: Token[], sentence: SentenceRange): number {
  for (let k = sentence.last - 2; k > sentence.first + 2; k--) {
    if (tokens[k]!.lower === 'according' && tokens[k + 1]!.lower === 'to' && tokens[k - 1]!.text === ',')
      return k;
  }
  return -1;
}

/** A tail after quoted words (",” the minister said") reports its own speaker's words. */
export function tailQuotes(layer: TextLayer, tail: number): boolean {
  return CLOSING_QUOTES.has(layer.tokens[tail + 1]?.text ?? '');
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', 'being']);

/** An act told as the complement or purpose of another: intended or requested ("offered to negotiate",
 * "demanded that X refuse"), an infinitive ("sent troops to help"), or a bare participle ("rallied, calling"). */
function dependent(event: SentenceEvent, match: TriggerMatch, tokens: Token[]): boolean {
  if (event.modality === 'intended' || event.modality === 'requested') return true;
  if (match.entry.pos !== 'verb') return false;
  const before = tokens[match.head - 1];
  if (before?.lower === 'to') return true;
  return /ing$/.test(tokens[match.head]!.lower) && !BE.has(before?.lower ?? '');
}

/** Whether `g` governs `c`: earlier in c's clause, with no comma, new subject ("and Ukraine vowed") or,
 * for an infinitive or participle, other verb in between ("aims to tighten" is fine). */
function governs(
  g: TriggerMatch,
  c: TriggerMatch,
  event: SentenceEvent,
  layer: TextLayer,
  mentionAt: Int32Array | number[],
) {
  if (g.head >= c.head || g.head < c.clauseStart) return false;
  const { tokens } = layer;
  const modal = event.modality === 'intended' || event.modality === 'requested';
  for (let k = g.last + 1; k < c.head; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punctuation' && t.text !== '-' && t.text !== '“' && t.text !== '"') return false;
    if ((t.lower === 'and' || t.lower === 'or') && (mentionAt[k + 1] ?? -1) >= 0) return false;
    if (!modal && t.pos === 'VERB' && tokens[k + 1]?.lower !== 'to') return false;
  }
  return true;
}

/** Drops the events of a sentence that are complements of another of its events; a governing event with a
 * generic code of the same type takes the complement's specific one ("offered to negotiate" is 036). */
export function dropDependents(built: Built[], layer: TextLayer, mentionAt: Int32Array | number[]): Built[] {
  const kept: Built[] = [];
  for (const c of built) {
    const g = dependent(c.event, c.match, layer.tokens)
      ? built.find((g) => g !== c && !g.event.negated && governs(g.match, c.match, c.event, layer, mentionAt))
      : undefined;
    if (!g) {
      kept.push(c);
      continue;
    }
    if (
      g.event.type === c.event.type &&
      /^\d\d0$/.test(g.event.cameo) &&
      c.event.cameo.startsWith(g.event.cameo.slice(0, 2)) &&
      c.event.cameo !== g.event.cameo
    ) {
      g.event.cameo = c.event.cameo;
      g.event.goldstein = c.event.goldstein;
    }
  }
  return kept;
}

/** On a tie the word inside the other's trigger ("carried out a missile strike") is the more specific one,
 * else the more confident, else the earlier. */
function tieFirst(o: Built, c: Built): boolean {
  const [a, b] = [o.match, c.match];
  if (a.head > b.head && a.head <= b.last) return true;
  if (b.head > a.head && b.head <= a.last) return false;
  if (o.event.confidence !== c.event.confidence) return o.event.confidence > c.event.confidence;
  return a.head < b.head;
}

/** One act per sides, type and sentence when nobody is named between the triggers: "killed or wounded",
 * "stopped work … in an open-ended strike" are one event, told by its most specific trigger; "Putin received
 * Kakar before they held a meeting" stays two. */
export function dropRepeats(built: Built[], mentionAt: Int32Array | number[]) {
  const key = (e: SentenceEvent) => `${e.type}|${e.source[0] ?? ''}|${e.target[0] ?? ''}|${e.negated}`;
  const apart = (a: TriggerMatch, b: TriggerMatch) => {
    const [x, y] = a.head < b.head ? [a, b] : [b, a];
    for (let k = x.last + 1; k < y.head; k++) if ((mentionAt[k] ?? -1) >= 0) return true;
    return false;
  };
  // the more specific code tells the act ("carried out a missile strike": 195 over 190), then the confidence
  const rank = (x: Built) => x.event.cameo.length * 10 + (x.event.cameo.endsWith('0') ? 0 : 5);
  const better = (o: Built, c: Built) => rank(o) > rank(c) || (rank(o) === rank(c) && tieFirst(o, c));
  const sided = (e: SentenceEvent) => e.source.length > 0 || e.target.length > 0;
  return built.filter(
    (c) =>
      !sided(c.event) ||
      !built.some(
        (o) => o !== c && key(o.event) === key(c.event) && better(o, c) && !apart(o.match, c.match),
      ),
  );
}
