// A single word that is the last name of a person named earlier in the article is that person ("Morales said").
import type { Mention } from './mention.js';

export function refineSurnames(mentions: Mention[]): Mention[] {
  const surnames = new Set<string>();
  const out: Mention[] = [];
  for (const m of mentions) {
    const words = m.text.split(/\s+/);
    if (m.type === 'PER' && words.length >= 2) surnames.add(words[words.length - 1]!.toLowerCase());
    if (
      words.length === 1 &&
      m.type !== 'PER' &&
      ['city', 'name'].includes(m.kind) &&
      surnames.has(m.text.toLowerCase())
    ) {
      out.push({
        ...m,
        type: 'PER',
        subtype: 'person',
        kind: 'name',
        rule: 'surname-of-earlier-person',
        cities: undefined,
      });
      continue;
    }
    out.push(m);
  }
  return out;
}
