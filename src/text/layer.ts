// The text layer: tokens and sentences as offset ranges into the original text, built on one wink-nlp pass.
import { wink } from './wink.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased surface form. */
  lower: string;
  /** Lower-cased lemma ("met" → "meet", "talks" → "talk"). */
  lemma: string;
  /** Universal POS tag from wink-nlp (NOUN, VERB, PROPN, ADP …). */
  pos: string;
  /** wink-nlp token type: word, number, punctuation, currency, emoji, url … */
  kind: string;
  sentence: number;
}

export interface SentenceRange {
  start: number;
  end: number;
  /** Index of the first token and one past the last token. */
  first: number;
  last: number;
  /** Paragraph number: line breaks in the source are paragraph breaks. */
  paragraph: number;
}

export interface TextLayer {
  text: string;
  tokens: Token[];
  sentences: SentenceRange[];
}

/** Words after which a full stop does not end a sentence, though wink-nlp may split there. */
const NO_BREAK_AFTER = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'gen.',
  'lt.',
  'col.',
  'capt.',
  'maj.',
  'sgt.',
  'adm.',
  'gov.',
  'sen.',
  'rep.',
  'prof.',
  'st.',
  'no.',
  'vs.',
  'jan.',
  'feb.',
  'aug.',
  'sept.',
  'sep.',
  'oct.',
  'nov.',
  'dec.',
  'e.g.',
  'i.e.',
  'u.s.',
  'u.k.',
  'u.n.',
]);

const INITIAL = /^[A-Z]\.$/;

/** Tokenizes, tags and splits `text` into sentences; line breaks are hard sentence and paragraph boundaries. */
export function buildTextLayer(text: string): TextLayer {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  // biome-ignore lint/suspicious/noExplicitAny: wink-nlp's typings reject its own pos helper
  const pos = doc.tokens().out(its.pos as any) as string[];
  // biome-ignore lint/suspicious/noExplicitAny: as above
  const lemmas = doc.tokens().out(its.lemma as any) as string[];
  const kinds = doc.tokens().out(its.type) as string[];
  const winkSentences = doc.sentences().out(its.span) as unknown as [number, number][];

  // Where wink-nlp starts each sentence, by wink token index.
  const startsSentence = new Uint8Array(values.length + 1);
  for (const [first] of winkSentences) startsSentence[first] = 1;

  const tokens: Token[] = [];
  const sentences: SentenceRange[] = [];
  let cursor = 0;
  let paragraph = 0;
  let breakBefore = true; // a line break (or the start of text) precedes the next token
  let sentenceOpen = false;

  const close = () => {
    const current = sentences[sentences.length - 1];
    if (sentenceOpen && current) {
      current.last = tokens.length;
      current.end = tokens[tokens.length - 1]!.end;
    }
    sentenceOpen = false;
  };

  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const kind = kinds[i]!;
    if (kind === 'tabCRLF') {
      if (value.includes('\n') || value.includes('\r')) breakBefore = true;
      cursor = advance(text, value, cursor);
      continue;
    }
    const start = locate(text, value, cursor);
    const end = Math.min(text.length, start + value.length);
    cursor = end;
    // A line break inside whitespace that wink-nlp kept as preceding spaces also counts.
    if (!breakBefore && tokens.length > 0 && hasLineBreak(text, tokens[tokens.length - 1]!.end, start)) {
      breakBefore = true;
    }
    let newSentence = startsSentence[i] === 1 || !sentenceOpen;
    if (breakBefore && tokens.length > 0) {
      // A wrapped line (next line starts in lower case after no final stop) continues the sentence.
      const wrapped = /^[a-z]/.test(value) && !/[.!?:"”]$/.test(tokens[tokens.length - 1]!.text);
      if (!wrapped) {
        newSentence = true;
        paragraph++;
      }
    } else if (newSentence && tokens.length > 0 && startsSentence[i] === 1) {
      const previous = tokens[tokens.length - 1]!;
      if (NO_BREAK_AFTER.has(previous.lower) || INITIAL.test(previous.text)) newSentence = false;
    }
    breakBefore = false;
    if (newSentence) {
      close();
      sentences.push({ start, end, first: tokens.length, last: tokens.length, paragraph });
      sentenceOpen = true;
    }
    const lower = value.toLowerCase();
    const lemma = lemmas[i] ?? value;
    tokens.push({
      start,
      end,
      text: text.slice(start, end),
      lower,
      lemma: lemma === value ? lower : lemma.toLowerCase(),
      pos: pos[i] ?? 'X',
      kind,
      sentence: sentences.length - 1,
    });
  }
  close();
  return { text, tokens, sentences };
}

function locate(text: string, value: string, cursor: number): number {
  if (text.startsWith(value, cursor)) return cursor;
  const found = text.indexOf(value, cursor);
  // wink-nlp returns substrings of the input, so this holds; fall back to the cursor rather than jump far ahead.
  return found < 0 || found - cursor > 64 ? cursor : found;
}

function advance(text: string, value: string, cursor: number): number {
  const found = text.indexOf(value, cursor);
  return found < 0 ? cursor : found + value.length;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** Tokens of sentence `s`. */
export function sentenceTokens(layer: TextLayer, s: number): Token[] {
  const range = layer.sentences[s];
  return range ? layer.tokens.slice(range.first, range.last) : [];
}
