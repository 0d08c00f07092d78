// Attribution cues in a sentence: "X said (that) …", "…, X said", "…, said X", "according to X, …",
// "X told Y that …"; each gives the cue, the speaker mention and the reported content.
import type { Span } from '../core/index.js';
import type { Mention } from '../mentions/mention.js';
import type { SentenceRange, TextLayer, Token } from '../text/layer.js';

export const CUE_VERBS = new Set(
  'say tell add stress note warn reaffirm state announce claim insist explain argue declare assert reply respond remark confirm deny acknowledge write report emphasise emphasize underline underscore point recall reiterate maintain contend allege suggest predict admit concede observe complain caution tweet ask exclaim joke quip testify wonder boast conclude'.split(
    ' ',
  ),
);

const PLACE_KINDS = new Set(['country', 'city', 'admin', 'region', 'demonym']);

/** Verbs that take the hearer as object before the content: "told reporters that …". */
const HEARER_VERBS = new Set(['tell', 'inform', 'assure', 'warn', 'remind']);

/** Words that may sit between a speaker and the cue: "he also said", "the minister later added". */
const BETWEEN = new Set([
  'also',
  'later',
  'further',
  'then',
  'had',
  'has',
  'have',
  'was',
  'is',
  'again',
  'however',
  'separately',
  'earlier',
  'once',
  'repeatedly',
]);

export interface Attribution {
  cue: Span;
  /** The speaker's mention index, when an actor is named. */
  speaker?: number;
  /** The speaker's words when no actor is named ("sources", "the report"). */
  speakerSpan?: Span;
  content?: Span;
  /** Offset of the attribution's first word (speaker or cue): how close it stands to a quotation. */
  at: number;
}

export function findAttributions(
  layer: TextLayer,
  sentence: SentenceRange,
  mentions: Mention[],
  mentionAt: (token: number) => number | undefined,
): Attribution[] {
  const { tokens, text } = layer;
  const out: Attribution[] = [];
  for (let c = sentence.first; c < sentence.last; c++) {
    const t = tokens[c]!;
    if (t.lower === 'according' && tokens[c + 1]?.lower === 'to') {
      const speaker = mentionAt(c + 2);
      const cue = span(text, t.start, tokens[c + 1]!.end);
      const comma = findToken(tokens, c + 2, sentence.last, ',');
      if (c === sentence.first || tokens[c - 1]?.text === '—') {
        // "According to X, content."
        out.push({
          cue,
          ...(speaker !== undefined ? { speaker } : {}),
          at: t.start,
          content: contentSpan(text, tokens, comma < 0 ? c + 2 : comma + 1, sentence.last),
        });
      } else {
        // "content, according to X."
        out.push({
          cue,
          ...(speaker !== undefined ? { speaker } : {}),
          at: t.start,
          content: contentSpan(text, tokens, sentence.first, previousComma(tokens, sentence.first, c)),
        });
      }
      continue;
    }
    if (!CUE_VERBS.has(t.lemma) || (t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'NOUN')) continue;
    if (t.pos === 'NOUN' && t.lemma !== 'say') continue;
    const cue = span(text, t.start, t.end);
    const left = speakerLeft(tokens, c, sentence.first, mentionAt, mentions);
    // "…,” said the minister": the speaker follows the cue only right after a comma or a closing quote
    const before = tokens[c - 1];
    const inverted = !!before && (before.text === ',' || /^[”"’']$/.test(before.text));
    const right = left === undefined && inverted ? mentionAt(c + 1) : undefined;
    // "condemned the strikes … and said …": a coordinated cue shares the sentence's subject
    const shared =
      left === undefined && right === undefined && before?.lower === 'and'
        ? subjectOf(tokens, sentence.first, c, mentionAt)
        : undefined;
    const speaker = left ?? right ?? shared;
    // no actor named: "sources said", "the report says" still attribute, to the phrase itself
    const phrase = speaker === undefined ? nounPhraseBefore(tokens, c, sentence.first) : undefined;
    if (speaker === undefined && !phrase) continue;
    const m = speaker !== undefined ? mentions[speaker]! : phrase!;
    const speakerSpan = phrase
      ? span(text, tokens[phrase.first]!.start, tokens[phrase.last - 1]!.end)
      : undefined;
    const at = Math.min(t.start, tokens[m.first]!.start);
    const atEnd = endsClause(tokens, right !== undefined ? m.last : c + 1, sentence.last);
    // the comma before the whole speaker phrase ("…, Prime Minister Shehbaz Sharif added.")
    let lead = (right !== undefined ? c : m.first) - 1;
    while (
      right === undefined &&
      lead > sentence.first &&
      (mentionAt(lead) !== undefined || ['DET', 'PART'].includes(tokens[lead]!.pos))
    )
      lead--;
    const commaBefore = tokens[lead]?.text === ',';
    if (atEnd && commaBefore) {
      // "…, he added." / "…, said the minister."
      const end = right !== undefined ? c - 1 : lead;
      out.push({
        cue,
        ...who(speaker, speakerSpan),
        at,
        content: contentSpan(text, tokens, sentence.first, end),
      });
      continue;
    }
    let from = right !== undefined ? m.last : c + 1;
    if (HEARER_VERBS.has(t.lemma)) from = skipHearer(tokens, from, sentence.last, mentionAt, mentions);
    if (tokens[from]?.lower === 'that' || tokens[from]?.text === ':' || tokens[from]?.text === ',') from++;
    out.push({
      cue,
      ...who(speaker, speakerSpan),
      at,
      content: contentSpan(text, tokens, from, sentence.last),
    });
  }
  return out;
}

const who = (speaker: number | undefined, speakerSpan: Span | undefined) => ({
  ...(speaker !== undefined ? { speaker } : {}),
  ...(speakerSpan ? { speakerSpan } : {}),
});

/** "sources said", "the report says", "officials told": the noun phrase right before a cue. */
function nounPhraseBefore(
  tokens: Token[],
  c: number,
  first: number,
): { first: number; last: number } | undefined {
  let end = c;
  while (end - 1 >= first && BETWEEN.has(tokens[end - 1]!.lower)) end--;
  const head = tokens[end - 1];
  if (!head || !(head.pos === 'NOUN' || head.pos === 'PROPN')) return undefined;
  let start = end - 1;
  while (
    start - 1 >= first &&
    ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(tokens[start - 1]!.pos) &&
    end - start < 5
  )
    start--;
  return { first: start, last: end };
}

/** The first mention before the sentence's first verb: its subject. */
function subjectOf(
  tokens: Token[],
  first: number,
  before: number,
  mentionAt: (token: number) => number | undefined,
): number | undefined {
  for (let k = first; k < before; k++) {
    const m = mentionAt(k);
    if (m !== undefined) return m;
    if (tokens[k]!.pos === 'VERB') return undefined;
  }
  return undefined;
}

function speakerLeft(
  tokens: Token[],
  c: number,
  first: number,
  mentionAt: (token: number) => number | undefined,
  mentions: Mention[],
): number | undefined {
  for (let k = c - 1; k >= first && k >= c - 4; k--) {
    const m = mentionAt(k);
    if (m !== undefined) return m;
    if (tokens[k]!.text === ',' && k === c - 1)
      return beforeApposition(tokens, k, first, mentionAt, mentions);
    if (!BETWEEN.has(tokens[k]!.lower) && tokens[k]!.pos !== 'ADV') return undefined;
  }
  return undefined;
}

/**
 * "Richard Revesz, director of the institute, said": the speaker stands before the appositive's first comma. The
 * appositive may hold commas and names of its own ("Jo Lee, the attorney general of Ohio, one of the states
 * suing, said"), so the first comma-followed mention after the clause's start (the sentence or a closing quote
 * mark) wins over the nearest one.
 */
function beforeApposition(
  tokens: Token[],
  comma: number,
  first: number,
  mentionAt: (token: number) => number | undefined,
  mentions: Mention[],
): number | undefined {
  let found: number | undefined;
  for (let k = comma - 1; k >= first && k >= comma - 40; k--) {
    const t = tokens[k]!;
    if (/^[”"’']$/.test(t.text) || t.text === ';' || t.text === ':') break;
    if (t.text !== ',') continue;
    const m = mentionAt(k - 1);
    // "In Ohio, Jo Lee, a senator, said": a place before a comma sets the scene, it does not speak
    if (m !== undefined && (found === undefined || !PLACE_KINDS.has(mentions[m]!.kind))) found = m;
  }
  return found;
}

/** After "told": skip the hearer ("reporters", "the meeting", "Tokayev") to reach the content. */
function skipHearer(
  tokens: Token[],
  from: number,
  end: number,
  mentionAt: (token: number) => number | undefined,
  mentions: Mention[],
): number {
  const m = mentionAt(from);
  if (m !== undefined) return mentions[m]!.last;
  let k = from;
  while (
    k < end &&
    k < from + 4 &&
    tokens[k]!.lower !== 'that' &&
    tokens[k]!.text !== ',' &&
    (tokens[k]!.pos === 'NOUN' ||
      tokens[k]!.pos === 'DET' ||
      tokens[k]!.pos === 'ADJ' ||
      tokens[k]!.pos === 'PROPN' ||
      tokens[k]!.pos === 'PRON')
  )
    k++;
  return k;
}

function endsClause(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punctuation' && /^[.!?]$/.test(t.text)) return true;
    if (t.text === ',' || t.lower === 'adding' || t.lower === 'noting') return true;
    if (
      t.pos === 'ADV' ||
      t.pos === 'ADP' ||
      t.pos === 'NOUN' ||
      t.pos === 'PROPN' ||
      t.pos === 'DET' ||
      t.pos === 'NUM' ||
      t.pos === 'ADJ'
    ) {
      // "he said on Tuesday." still ends the clause; "he said the talks …" does not
      if (t.pos === 'ADP' || t.pos === 'ADV') continue;
      return false;
    }
    if (t.kind === 'punctuation') continue;
    return false;
  }
  return true;
}

function previousComma(tokens: Token[], first: number, before: number): number {
  for (let k = before - 1; k >= first; k--) if (tokens[k]!.text === ',') return k;
  return before;
}

function findToken(tokens: Token[], from: number, end: number, text: string): number {
  for (let k = from; k < end; k++) if (tokens[k]!.text === text) return k;
  return -1;
}

function contentSpan(text: string, tokens: Token[], from: number, to: number): Span | undefined {
  let a = from;
  let b = to;
  while (a < b && tokens[a]!.kind === 'punctuation' && !/[“"‘]/.test(tokens[a]!.text)) a++;
  while (b > a && tokens[b - 1]!.kind === 'punctuation' && !/[”"’]/.test(tokens[b - 1]!.text)) b--;
  if (b - a < 3) return undefined;
  return span(text, tokens[a]!.start, tokens[b - 1]!.end);
}

const span = (text: string, start: number, end: number): Span => ({
  start,
  end,
  text: text.slice(start, end),
});
