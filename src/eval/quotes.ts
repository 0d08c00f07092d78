// Scores quotes (PolNeAR attributions) as defined in shared/eval/README.md.
import type { CodedDoc, Quote } from '../core/index.js';
import type { GoldRecord } from './load.js';
import { overlaps, prf, type Range, ratio } from './metrics.js';
import type { Report } from './report.js';

interface GoldQuote {
  source: Range[];
  cue: Range[];
  content: Range[];
}

/** Whitespace tokens of the text as ranges. */
function whitespaceTokens(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(/\S+/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function touched(tokens: Range[], spans: Range[]): Set<number> {
  const set = new Set<number>();
  tokens.forEach((t, i) => {
    if (spans.some((s) => overlaps(t, s))) set.add(i);
  });
  return set;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

function speakerRight(doc: CodedDoc, q: Quote, source: Range[]): boolean {
  if (q.speakerSpan && source.some((s) => overlaps(s, q.speakerSpan!))) return true;
  if (!q.speaker) return false;
  return doc.entities.some((e) => e.actor === q.speaker && source.some((s) => overlaps(s, e)));
}

export function scoreQuotes(gold: GoldRecord[], preds: Map<string, CodedDoc>): Report {
  const content = { tp: 0, pred: 0, gold: 0 };
  const speaker = { hit: 0, n: 0 };
  const cue = { hit: 0, n: 0 };
  let jointTp = 0;
  for (const record of gold) {
    const goldQuotes = (record.quotes as GoldQuote[]) ?? [];
    const doc = preds.get(record.id);
    const predQuotes = doc?.quotes ?? [];
    const tokens = whitespaceTokens(record.text);
    content.gold += goldQuotes.length;
    content.pred += predQuotes.length;
    const goldSets = goldQuotes.map((g) => touched(tokens, g.content));
    const predSets = predQuotes.map((p) => touched(tokens, p.content));
    const pairs: [number, number, number][] = [];
    goldSets.forEach((g, i) => {
      predSets.forEach((p, j) => {
        const score = jaccard(g, p);
        if (score >= 0.5) pairs.push([score, i, j]);
      });
    });
    pairs.sort((a, b) => b[0] - a[0]);
    const usedG = new Set<number>();
    const usedP = new Set<number>();
    for (const [, i, j] of pairs) {
      if (usedG.has(i) || usedP.has(j)) continue;
      usedG.add(i);
      usedP.add(j);
      content.tp++;
      const g = goldQuotes[i]!;
      const p = predQuotes[j]!;
      let right = true;
      if (g.source.length > 0) {
        speaker.n++;
        right = !!doc && speakerRight(doc, p, g.source);
        if (right) speaker.hit++;
      }
      if (right) jointTp++;
      if (g.cue.length > 0) {
        cue.n++;
        if (p.cue && g.cue.some((c) => overlaps(c, p.cue!))) cue.hit++;
      }
    }
  }
  return {
    task: 'quotes',
    documents: gold.length,
    metrics: {
      content: prf(content.tp, content.pred, content.gold),
      'joint (content + speaker)': prf(jointTp, content.pred, content.gold),
      'speaker accuracy': ratio(speaker.hit, speaker.n),
      'cue accuracy': ratio(cue.hit, cue.n),
    },
  };
}
