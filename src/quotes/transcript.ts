// Speaker labels that news text borrows from transcripts and pull quotes: "SMITH: We will …" opens a speaker's
// turn, and "“…” ― Jo Lee" closes a quotation with its speaker's name.
import type { Span } from '../core/index.js';

/** An all-capitals label of one to three words and a colon at the start of a paragraph or quotation. */
const LABEL = /^(["“]?\s*)([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s+(?=\S)/;

export interface Turn {
  label: Span;
  content: Span;
}

/** "PENCE: Well, look …": the label and the words after it; none when the span does not open a turn. */
export function turnOf(s: Span): Turn | undefined {
  const m = LABEL.exec(s.text);
  if (!m) return undefined;
  const labelStart = s.start + m[1]!.length;
  const label = m[2]!;
  const from = s.start + m[0].length;
  const text = s.text.slice(m[0].length).replace(/["”]\s*$/, '');
  if (text.split(/\s+/).length < 3) return undefined;
  return {
    label: { start: labelStart, end: labelStart + label.length, text: label },
    content: { start: from, end: from + text.length, text },
  };
}

/** "“…” ― Jo Lee" at the end of a paragraph: the name after the dash. */
export function dashSpeaker(text: string, close: number, paragraphEnd: number): Span | undefined {
  const rest = text.slice(close, paragraphEnd);
  const m = /^\s*(?:―|—|–|--)\s*(\p{Lu}[\p{L}.'’ -]{1,50}?)[\s.]*$/u.exec(rest);
  if (!m) return undefined;
  const start = close + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length, text: m[1]! };
}
