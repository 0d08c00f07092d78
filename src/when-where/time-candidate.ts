// A proposed time expression, before the overlap refiner picks among them.
import type { Time } from '../core/index.js';
import type { TextLayer } from '../text/layer.js';

export interface TimeCandidate extends Time {
  rule: string;
  /** Higher wins on overlap at equal length. */
  priority: number;
}

const LEADING = /^(?:on|in|at|by|since|from|until|till|during|before|after|of|for|over|the)\s+/i;
const TRAILING = /[\s,.;:]+$/;

/** Trims prepositions and punctuation TimeBank keeps outside TIMEX3 spans ("on Tuesday," → "Tuesday"). */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  for (;;) {
    const piece = text.slice(s, e);
    const lead = piece.match(LEADING);
    if (lead && lead[0].length < piece.length && !/^the\s/i.test(lead[0])) {
      s += lead[0].length;
      continue;
    }
    break;
  }
  const tail = text.slice(s, e).match(TRAILING);
  if (tail) e -= tail[0].length;
  return [s, e];
}

/** Future markers: "will", "'ll", "is to", "is scheduled/expected to", "set to", "plans to". */
const FUTURE = /\b(?:will|shall|won't|'ll|’ll|(?:is|are) (?:to|scheduled|expected|due)|set to|plans? to)\b/i;

/** A reporting verb in the past: "will cost ..., parliament said Friday" dates the saying, not the future. */
const SAID = /\b(?:said|told|announced|reported|added)\b/i;

/** How far back a future marker still governs the time expression (about a clause). */
const CLAUSE = 60;

/** Whether the clause speaks of the future before `at` (the time expression's start). */
export function futureBefore(text: string, layer: TextLayer, at: number): boolean {
  const sentence = layer.sentences.find((s) => s.start <= at && at < s.end);
  if (!sentence) return false;
  const before = text.slice(Math.max(sentence.start, at - CLAUSE), at);
  const marker = FUTURE.exec(before);
  return !!marker && !SAID.test(before.slice(marker.index));
}
