// The quotes stage: quotation marks and attribution cues become direct, indirect and mixed quotes, each
// with its cue, its speaker mention and the speaker actor from the actors stage.

import { ACTORS_NOTE, type ActorLinks } from '../actors/actors-stage.js';
import type { Quote, Span } from '../core/index.js';
import type { Stage } from '../pipeline/context.js';
import { type Attribution, findAttributions, PLACE_KINDS } from './attribution.js';
import { findMarkedQuotes, type MarkedQuote, paragraphs } from './quote-marks.js';
import { dashSpeaker, type Turn, turnOf } from './transcript.js';

export function createQuotesStage(): Stage {
  return {
    name: 'quotes',
    run(ctx) {
      const links = ctx.notes.get(ACTORS_NOTE) as ActorLinks | undefined;
      if (!links) return;
      const { layer, text } = ctx;
      const tokenMention = links.mentionAtToken;
      const mentionAt = (t: number) =>
        t >= 0 && t < tokenMention.length && tokenMention[t]! >= 0 ? tokenMention[t] : undefined;
      const attributions = layer.sentences.flatMap((s) =>
        findAttributions(layer, s, links.mentions, mentionAt),
      );
      const { quotes: marked, unbalanced } = findMarkedQuotes(text);
      if (unbalanced > 0)
        ctx.issues.push({
          code: 'unbalanced_quote',
          message: `${unbalanced} quotation mark(s) without a closing mark; each quotation was cut at its paragraph's end`,
        });

      type Who = { speaker?: string; speakerSpan?: Span };
      const speakerOf = (a: Attribution | undefined): Who => {
        if (a?.speaker === undefined) return a?.speakerSpan ? { speakerSpan: a.speakerSpan } : {};
        const m = links.mentions[a.speaker]!;
        const actor = links.actorOf.get(a.speaker);
        return {
          ...(actor ? { speaker: actor } : {}),
          speakerSpan: { start: m.start, end: m.end, text: m.text },
        };
      };
      const paragraphAt = (offset: number) =>
        layer.sentences[layer.tokens.find((t) => t.start >= offset)?.sentence ?? 0]?.paragraph ?? -1;
      const quotes: (Quote & { at: number })[] = [];
      const usedAttribution = new Set<Attribution>();
      let lastSpeaker: Who = {};
      let lastParagraph = -1;
      const labelMention = (t: Turn) =>
        links.mentions.findIndex((m) => m.start >= t.label.start && m.end <= t.label.end);
      const labelled = (t: Turn): Who => {
        const k = labelMention(t);
        const actor = k >= 0 ? links.actorOf.get(k) : undefined;
        return { ...(actor ? { speaker: actor } : {}), speakerSpan: t.label };
      };
      // a transcript quoted as one running quotation: each "NAME:" paragraph is that speaker's turn
      const turnsIn = (content: Span[]) => {
        const out: (Quote & { at: number })[] = [];
        for (const c of content) {
          const t = turnOf(c);
          const current = out.at(-1);
          if (t) out.push({ ...labelled(t), content: [t.content], kind: 'direct', at: t.content.start });
          else if (current) current.content.push(c);
        }
        return out;
      };
      for (const q of marked) {
        if (q.content.some((c) => turnOf(c))) {
          quotes.push(...turnsIn(q.content));
          continue;
        }
        const words = q.content.reduce((n, c) => n + c.text.split(/\s+/).length, 0);
        const around = attributions.filter((a) => !inside(a.cue, q) && near(a, q, text));
        // reported words precede the marks: "said he was “deeply concerned”" is one mixed quote, whatever its length
        const mixedIn = attributions.find(
          (a) => a.content && a.content.start < q.open && q.close <= a.content.end,
        );
        if (mixedIn) {
          // several quoted phrases in one reported clause ("called him a “liar” and a “bully”") are one quote
          if (usedAttribution.has(mixedIn)) continue;
          usedAttribution.add(mixedIn);
          quotes.push({
            ...speakerOf(mixedIn),
            cue: mixedIn.cue,
            content: [mixedIn.content!],
            kind: 'mixed',
            at: mixedIn.content!.start,
          });
          continue;
        }
        if (words <= 2 && around.length === 0) continue; // a scare-quoted word, not a quotation
        const a = around[0];
        if (a) usedAttribution.add(a);
        const paragraph = layer.tokens.find((t) => t.start >= q.open)?.sentence ?? 0;
        // an unattributed quotation in the same or the next paragraph continues the last speaker
        const here = layer.sentences[paragraph]?.paragraph ?? -1;
        const fromBefore = !a && (here === lastParagraph || here === lastParagraph + 1) ? lastSpeaker : {};
        // else the speaker of the nearest attribution before it in this or the previous paragraph
        const prior =
          a || fromBefore.speakerSpan ? undefined : priorAttribution(attributions, q.open, here, paragraphAt);
        const end = text.indexOf('\n', q.close);
        const dash = a ? undefined : dashSpeaker(text, q.close, end < 0 ? text.length : end);
        const who = a ? speakerOf(a) : dash ? { speakerSpan: dash } : prior ? speakerOf(prior) : fromBefore;
        quotes.push({ ...who, ...(a ? { cue: a.cue } : {}), content: q.content, kind: 'direct', at: q.open });
        if (who.speakerSpan) lastSpeaker = who;
        lastParagraph = layer.sentences[paragraph]?.paragraph ?? lastParagraph;
      }
      // "NAME: …" paragraphs outside quotation marks
      // (not the first paragraph's "BEIJING:", a dateline, nor any place's name)
      for (const p of paragraphs(text).slice(1)) {
        if (!/^[A-Z]{2}/.test(text.slice(p.start, p.start + 2))) continue;
        if (marked.some((q) => q.open < p.end && p.start < q.close)) continue;
        const t = turnOf({ start: p.start, end: p.end, text: text.slice(p.start, p.end) });
        const k = t ? labelMention(t) : -1;
        if (t && !(k >= 0 && PLACE_KINDS.has(links.mentions[k]!.kind)))
          quotes.push({ ...labelled(t), content: [t.content], kind: 'direct', at: t.content.start });
      }
      for (const a of attributions) {
        if (usedAttribution.has(a) || !a.content) continue;
        if (marked.some((q) => overlapsQuote(a.content!, q))) {
          // reported speech that wraps a full quotation: the quotation already carries it
          continue;
        }
        quotes.push({
          ...speakerOf(a),
          cue: a.cue,
          content: a.rest ? [a.content, a.rest] : [a.content],
          kind: 'indirect',
          at: a.content.start,
        });
      }
      ctx.quotes = quotes.sort((x, y) => x.at - y.at).map(({ at: _at, ...q }) => q);
    },
  };
}

/** The last attribution with a speaker before `offset`, in the same or the previous paragraph. */
function priorAttribution(
  attributions: Attribution[],
  offset: number,
  paragraph: number,
  paragraphAt: (offset: number) => number,
): Attribution | undefined {
  let best: Attribution | undefined;
  for (const a of attributions) {
    if (a.cue.start >= offset) break;
    if (a.speaker !== undefined || a.speakerSpan) best = a;
  }
  return best && paragraph - paragraphAt(best.cue.start) <= 1 ? best : undefined;
}

const inside = (s: Span, q: MarkedQuote) => q.open <= s.start && s.end <= q.close;

function overlapsQuote(s: Span, q: MarkedQuote): boolean {
  return (
    s.start < q.close &&
    q.open < s.end &&
    q.content.reduce((n, c) => n + c.end - c.start, 0) > (s.end - s.start) / 2
  );
}

/**
 * An attribution belongs to a quotation in the same sentence or right after it ("“…,” she said."); the gap is
 * measured to the speaker's first word, so a long name or a title's full stop ("Mr. Lee said") does not count.
 */
function near(a: Attribution, q: MarkedQuote, text: string): boolean {
  if (a.cue.start >= q.close) {
    const gap = text.slice(q.close, Math.max(q.close, a.at));
    // a quotation closed by a full stop ends its sentence: only "“Stop.” he said" still attributes it
    const ended = /\.\s*$/.test(q.content.at(-1)?.text ?? '') && !/^[a-z]/.test(text[a.at] ?? '');
    return a.at - q.close < 40 && !ended && !/[.!?]\s|[\n\r]/.test(gap);
  }
  return q.open - a.cue.end < 40 && !/[.!?]\s/.test(text.slice(a.cue.end, q.open));
}
