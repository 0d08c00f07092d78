// Keeps one time expression per stretch of text: the longest, then the rule-based one, never across sentences.
import type { TextLayer } from '../text/layer.js';
import type { TimeCandidate } from './time-candidate.js';

/** chrono-node sometimes joins two expressions across a comma ("1990s, two years ago"); such spans lose. */
const JOINED = /[,;] (?!\d{4}\b)/;

export function refineTimes(candidates: TimeCandidate[], layer: TextLayer): TimeCandidate[] {
  const score = (c: TimeCandidate) =>
    (c.rule === 'chrono' && JOINED.test(c.text) ? 0 : c.end - c.start) * 4 + c.priority;
  const sorted = [...candidates].sort((a, b) => score(b) - score(a) || a.start - b.start);
  const kept: TimeCandidate[] = [];
  for (const c of sorted) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    if (!sameSentence(layer, c.start, c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function sameSentence(layer: TextLayer, start: number, end: number): boolean {
  return !layer.text.slice(start, end).includes('\n');
}
