// Attribution cues in a sentence: "X said (that) …", "…, X said", "…, said X", "according to X, …",
// "X told Y that …"; each gives the cue, the speaker mention and the reported content.
import type { Span } from '../core/index.js';
import type { Mention } from '../mentions/mention.js';
import type { SentenceRange, TextLayer, Token } from '../text/layer.js';

export const CUE_VERBS = new Set(
  'say tell add stress note warn reaffirm state announce claim insist explain argue declare assert reply respond remark confirm deny acknowledge write report emphasise emphasize underline underscore point recall reiterate maintain contend allege suggest predict admit concede observe complain caution tweet ask exclaim joke quip testify wonder boast conclude call cite find show agree want believe think question criticize attack accuse describe propose pledge vow promise urge demand endorse reject decline refuse fear worry mention reveal indicate estimate recommend blast slam praise defend condemn tout echo liken label dismiss blame challenge advise highlight signal decry lament applaud welcome brag hint'.split(
    ' ',
  ),
);

/** Nouns of saying that report a content clause: "the claim that …", "his promise that …". */
const CUE_NOUNS = new Set(
  'claim statement assertion argument warning promise pledge insistence suggestion allegation admission belief view'.split(
    ' ',
  ),
);

export const PLACE_KINDS = new Set(['country', 'city', 'admin', 'region', 'demonym']);

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

/** Time words that may also sit there: "Sanders on Tuesday said", "the mayor last week told". */
const TIME_BETWEEN = new Set(
  'on last this week month year night morning afternoon evening monday tuesday wednesday thursday friday saturday sunday yesterday today tonight'.split(
    ' ',
  ),
);

/** The token before the cue once the words and a parenthesis between speaker and cue are skipped ("Rep. Lee (D-Ohio) later said"). */
function skipBetween(tokens: Token[], c: number, first: number): number {
  let k = c - 1;
  while (k >= first) {
    const t = tokens[k]!;
    if (BETWEEN.has(t.lower) || TIME_BETWEEN.has(t.lower) || t.pos === 'ADV') k--;
    else if (t.text === ')') {
      let open = k - 1;
      while (open >= first && open > k - 8 && tokens[open]!.text !== '(') open--;
      if (open < first || tokens[open]!.text !== '(') break;
      k = open - 1;
    } else break;
  }
  return k;
}

export interface Attribution {
  cue: Span;
  /** The speaker's mention index, when an actor is named. */
  speaker?: number;
  /** The speaker's words when no actor is named ("sources", "the report"). */
  speakerSpan?: Span;
  content?: Span;
  /** The content's second part around an interjected attribution ("The plan, he said, will fail."). */
  rest?: Span;
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
      // "according to a poll released last week": the source need not be an actor
      const source =
        speaker === undefined
          ? phraseSpan(text, tokens, c + 2, comma < 0 ? sentence.last : comma)
          : undefined;
      if (c === sentence.first || tokens[c - 1]?.text === '—') {
        // "According to X, content."
        out.push({
          cue,
          ...who(speaker, source),
          at: t.start,
          content: contentSpan(text, tokens, comma < 0 ? c + 2 : comma + 1, sentence.last),
        });
      } else {
        // "content, according to X."
        out.push({
          cue,
          ...who(speaker, source),
          at: t.start,
          content: contentSpan(text, tokens, sentence.first, previousComma(tokens, sentence.first, c)),
        });
      }
      continue;
    }
    if (t.pos === 'NOUN' && CUE_NOUNS.has(t.lemma) && tokens[c + 1]?.lower === 'that') {
      // "Trump's claim that …", "her warning that …": the owner speaks
      const owner = /^['’]s$/.test(tokens[c - 1]?.text ?? '') ? mentionAt(c - 2) : mentionAt(c - 1);
      const content = contentSpan(text, tokens, c + 2, coordinationEnd(tokens, c + 2, sentence.last));
      if (owner !== undefined && content)
        out.push({ cue: span(text, t.start, t.end), speaker: owner, at: mentions[owner]!.start, content });
      continue;
    }
    if (!CUE_VERBS.has(t.lemma) || (t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'NOUN')) continue;
    if (t.pos === 'NOUN' && t.lemma !== 'say') continue;
    const cue = span(text, t.start, t.end);
    const left = speakerLeft(tokens, c, sentence.first, mentionAt, mentions);
    // "…,” said the minister": the speaker follows the cue only right after a comma or a closing quote
    const before = tokens[c - 1];
    // "…, saying …": a participle reports the words of the main clause's subject, never of what follows it
    const participle = before?.text === ',' && t.lower.endsWith('ing');
    const inverted = !participle && !!before && (before.text === ',' || /^[”"’']$/.test(before.text));
    const right = left === undefined && inverted ? mentionAt(c + 1) : undefined;
    // "condemned the strikes … and said …": a coordinated cue shares the sentence's subject
    const shared =
      left === undefined && right === undefined && (before?.lower === 'and' || participle)
        ? subjectOf(tokens, sentence.first, c, mentionAt)
        : undefined;
    const speaker = left ?? right ?? shared;
    // no actor named: "sources said", "the report says", "…,” said the ruling" still attribute, to the phrase
    const phraseAfter =
      speaker === undefined && inverted ? nounPhraseAfter(tokens, c + 1, sentence.last) : undefined;
    const phrase =
      speaker === undefined && !participle
        ? (phraseAfter ?? nounPhraseBefore(tokens, c, sentence.first))
        : undefined;
    if (speaker === undefined && !phrase) continue;
    const m = speaker !== undefined ? mentions[speaker]! : phrase!;
    const speakerSpan = phrase
      ? span(text, tokens[phrase.first]!.start, tokens[phrase.last - 1]!.end)
      : undefined;
    const after = right !== undefined || phraseAfter !== undefined;
    const at = Math.min(t.start, tokens[m.first]!.start);
    const clauseEnd = endOfClause(tokens, after ? m.last : c + 1, sentence.last);
    // the comma before the whole speaker phrase ("…, Prime Minister Shehbaz Sharif added.")
    let lead = (after ? c : m.first) - 1;
    while (
      !after &&
      lead > sentence.first &&
      (mentionAt(lead) !== undefined || ['DET', 'PART'].includes(tokens[lead]!.pos))
    )
      lead--;
    const commaBefore = tokens[lead]?.text === ',';
    if (clauseEnd >= 0 && commaBefore) {
      // "…, he added." / "…, said the minister." / "The plan, he said, will fail."
      const end = after ? c - 1 : lead;
      const next = tokens[clauseEnd + 1];
      const interjected =
        tokens[clauseEnd]?.text === ',' && !!next && !next.lower.endsWith('ing') && next.text !== '“';
      const rest = interjected ? contentSpan(text, tokens, clauseEnd + 1, sentence.last) : undefined;
      out.push({
        cue,
        ...who(speaker, speakerSpan),
        at,
        content: contentSpan(text, tokens, sentence.first, end),
        ...(rest ? { rest } : {}),
      });
      continue;
    }
    let from = after ? m.last : c + 1;
    if (HEARER_VERBS.has(t.lemma)) from = skipHearer(tokens, from, sentence.last, mentionAt, mentions);
    if (tokens[from]?.lower === 'that' || tokens[from]?.text === ':' || tokens[from]?.text === ',') from++;
    out.push({
      cue,
      ...who(speaker, speakerSpan),
      at,
      content: contentSpan(text, tokens, from, coordinationEnd(tokens, from, sentence.last)),
    });
  }
  return out;
}

/**
 * The reported words stop where the speaker's next predicate starts: "claimed A and said B", "called it a
 * “disgrace,” but stopped short of …", or at ", but" opening a clause of its own.
 */
function coordinationEnd(tokens: Token[], from: number, end: number): number {
  for (let k = from + 1; k < end - 1; k++) {
    const t = tokens[k]!;
    if (t.lower !== 'and' && t.lower !== 'but') continue;
    const comma =
      tokens[k - 1]!.text === ',' || (/^[”"’']$/.test(tokens[k - 1]!.text) && tokens[k - 2]?.text === ',');
    if (t.lower === 'but' && comma) return k;
    let v = k + 1;
    while (v < end && tokens[v]!.pos === 'ADV') v++;
    const verb = tokens[v];
    if (verb?.pos === 'VERB' && (CUE_VERBS.has(verb.lemma) || verb.lower.endsWith('ed'))) return k;
  }
  return end;
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
  const end = skipBetween(tokens, c, first) + 1;
  const head = tokens[end - 1];
  // a capitalised word after a quotation is a name even when the tagger calls it a verb ("…,” Lynch said)
  const named = end - 1 > first && head?.kind === 'word' && /^[A-Z]/.test(head.text) && head.pos !== 'PRON';
  if (!head || !(head.pos === 'NOUN' || head.pos === 'PROPN' || named)) return undefined;
  let start = end - 1;
  while (
    start - 1 >= first &&
    ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(tokens[start - 1]!.pos) &&
    end - start < 5
  )
    start--;
  return { first: start, last: end };
}

/** "…,” said one source on the panel.": a noun phrase after an inverted cue that closes its clause. */
function nounPhraseAfter(
  tokens: Token[],
  from: number,
  end: number,
): { first: number; last: number } | undefined {
  const lead = tokens[from];
  if (!lead || TIME_BETWEEN.has(lead.lower) || !['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'].includes(lead.pos))
    return undefined;
  let k = from;
  while (k < end && k < from + 8 && tokens[k]!.kind !== 'punctuation' && tokens[k]!.pos !== 'VERB') k++;
  if (k === from || !(k === end || /^[.,;!?]$/.test(tokens[k]!.text))) return undefined;
  const head = tokens[k - 1]!;
  return head.pos === 'NOUN' || head.pos === 'PROPN' ? { first: from, last: k } : undefined;
}

/** The words from `from` to `to` (at most 12) as a span: a speaker that is not an actor. */
function phraseSpan(text: string, tokens: Token[], from: number, to: number): Span | undefined {
  let b = Math.min(to, from + 12);
  while (b > from && tokens[b - 1]!.kind === 'punctuation') b--;
  return b > from ? span(text, tokens[from]!.start, tokens[b - 1]!.end) : undefined;
}

/** The first mention before the sentence's first verb: its subject. */
function subjectOf(
  tokens: Token[],
  first: number,
  before: number,
  mentionAt: (token: number) => number | undefined,
): number | undefined {
  let found: number | undefined;
  for (let k = first; k < before; k++) {
    const m = mentionAt(k);
    // the head of the subject is its last name: "Rwandan government spokesperson Jo Lee" is Jo Lee
    if (m !== undefined) found = m;
    else if (found !== undefined && !['NOUN', 'PROPN', 'ADJ'].includes(tokens[k]!.pos)) return found;
    if (tokens[k]!.pos === 'VERB') return found;
  }
  return found;
}

function speakerLeft(
  tokens: Token[],
  c: number,
  first: number,
  mentionAt: (token: number) => number | undefined,
  mentions: Mention[],
): number | undefined {
  if (tokens[c - 1]?.text === ',') return beforeApposition(tokens, c - 1, first, mentionAt, mentions);
  const k = skipBetween(tokens, c, first);
  return k >= first ? mentionAt(k) : undefined;
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

/**
 * Where the attribution's own clause ends after `from`: the index of the comma or full stop (or `end`), or -1 when
 * the cue goes on with its content. "he said on Tuesday.", "she said in an interview," still end there.
 */
function endOfClause(tokens: Token[], from: number, end: number): number {
  let inPhrase = false; // inside a prepositional phrase: "in a statement", "at a briefing"
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || /^[.!?;]$/.test(t.text) || t.lower === 'adding' || t.lower === 'noting') return k;
    if (t.pos === 'ADV' || TIME_BETWEEN.has(t.lower)) continue;
    if (t.pos === 'ADP') {
      inPhrase = true;
      continue;
    }
    if (inPhrase && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos)) continue;
    if (t.kind === 'punctuation') continue;
    return -1;
  }
  return end;
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
