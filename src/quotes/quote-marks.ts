// Direct quotations from quote marks: curly and straight, nested single marks, and the news convention of a
// quotation reopened at each new paragraph. An unbalanced mark never runs past its paragraph.
import type { Span } from '../core/index.js';

export interface MarkedQuote {
  /** Content spans without the marks, one per paragraph. */
  content: Span[];
  /** Offsets of the opening and closing marks of the whole quotation. */
  open: number;
  close: number;
  balanced: boolean;
}

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);

/** Paragraph ranges of the text: lines separated by line breaks. */
export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n\r]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function findMarkedQuotes(text: string): { quotes: MarkedQuote[]; unbalanced: number } {
  const quotes: MarkedQuote[] = [];
  let unbalanced = 0;
  let carry: MarkedQuote | undefined; // a quotation continued into the next paragraph
  for (const p of paragraphs(text)) {
    let i = p.start;
    if (carry) {
      const first = firstNonSpace(text, p.start, p.end);
      if (!(OPEN.has(text[first]!) || text[first] === '"')) {
        quotes.push(carry); // the previous paragraph's quotation ended without a closing mark
        carry = undefined;
      }
    }
    while (i < p.end) {
      // two apostrophes stand for a double quotation mark in some newsroom text ('' … '')
      const c = text[i] === "'" && text[i + 1] === "'" ? "''" : text[i]!;
      const opens = OPEN.has(c) || ((c === '"' || c === "''") && isOpeningStraight(text, i));
      if (!opens) {
        i++;
        continue;
      }
      const close = findClose(text, i + c.length, p.end, c);
      const current: MarkedQuote = carry ?? { content: [], open: i, close: -1, balanced: false };
      carry = undefined;
      if (close >= 0) {
        pushSpan(current.content, text, i + c.length, close);
        current.close = close + c.length;
        current.balanced = true;
        quotes.push(current);
        i = close + c.length;
        continue;
      }
      // no closing mark in this paragraph: the quotation may continue in the next one
      pushSpan(current.content, text, i + c.length, p.end);
      current.close = p.end;
      carry = current;
      break;
    }
  }
  if (carry) quotes.push(carry);
  for (const q of quotes) if (!q.balanced) unbalanced++;
  return { quotes: quotes.filter((q) => q.content.length > 0), unbalanced };
}

function findClose(text: string, from: number, end: number, opener: string): number {
  if (opener === "''") {
    const k = text.indexOf("''", from);
    return k >= 0 && k < end ? k : -1;
  }
  for (let k = from; k < end; k++) {
    const c = text[k]!;
    if (opener === '"' ? c === '"' : CLOSE.has(c) || (c === '"' && opener !== '"')) return k;
  }
  return -1;
}

/** A straight double quote opens when it follows a space, an opening bracket or the line start. */
function isOpeningStraight(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  return /[\s([{—–-]/.test(before) || i === 0;
}

function firstNonSpace(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && /\s/.test(text[k]!)) k++;
  return k;
}

function pushSpan(spans: Span[], text: string, start: number, end: number) {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
}
