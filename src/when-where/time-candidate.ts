// A proposed time expression, before the overlap refiner picks among them.
import type { Time } from '../core/index.js';

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
