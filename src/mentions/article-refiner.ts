// Names that take "the" keep it in their span, as MEANTIME and ACE annotate them: "the United States",
// "the Senate", "the GAO". Person names and single-word places never take it, nor a name modifying a noun.
import type { TextLayer } from '../text/layer.js';
import type { Mention } from './mention.js';

export function refineArticles(mentions: Mention[], layer: TextLayer): Mention[] {
  return mentions.map((m) => {
    const prev = layer.tokens[m.first - 1];
    if (!prev || prev.lower !== 'the') return m;
    const multiword = /\s/.test(m.text) || /^[\p{Lu}.]{2,}$/u.test(m.text);
    const takesArticle = m.type === 'ORG' || (m.type === 'LOC' && multiword && m.kind !== 'city');
    if (!takesArticle || modifiesNoun(m, layer)) return m;
    return { ...m, start: prev.start, text: layer.text.slice(prev.start, m.end), first: m.first - 1 };
  });
}

/** "the US economy", "the Kestrel logo": a name before a lower-case noun modifies it; "the" belongs to the noun. */
function modifiesNoun(m: Mention, layer: TextLayer): boolean {
  const next = layer.tokens[m.last];
  return !!next && next.pos === 'NOUN' && next.text === next.lower;
}
