// Pronouns and plural references ("he", "his", "they", "the two leaders", "both sides") for coreference.
import type { TextLayer } from '../text/layer.js';
import type { Mention } from './mention.js';

const PRONOUNS: Record<string, { gender?: 'm' | 'f'; plural: boolean; neuter?: boolean }> = {
  he: { gender: 'm', plural: false },
  him: { gender: 'm', plural: false },
  his: { gender: 'm', plural: false },
  himself: { gender: 'm', plural: false },
  she: { gender: 'f', plural: false },
  her: { gender: 'f', plural: false },
  hers: { gender: 'f', plural: false },
  herself: { gender: 'f', plural: false },
  they: { plural: true },
  them: { plural: true },
  their: { plural: true },
  themselves: { plural: true },
  it: { plural: false, neuter: true },
  its: { plural: false, neuter: true },
  itself: { plural: false, neuter: true },
};

/** Plural nominal references to the actors in focus. */
const PLURAL =
  /\b(?:the two (?:leaders|sides|countries|nations|governments|ministers|presidents|premiers|delegations|parties|neighbours|neighbors)|both (?:sides|leaders|countries|nations|governments|parties)|the leaders)\b/gi;

export function recognizePronouns(layer: TextLayer): Mention[] {
  const out: Mention[] = [];
  layer.tokens.forEach((t, i) => {
    // own keys only: "constructor" is a word too
    const p = Object.hasOwn(PRONOUNS, t.lower) ? PRONOUNS[t.lower] : undefined;
    if (!p) return;
    // "it is likely", "it was reported": an empty subject refers to nothing
    if (t.lower === 'it' && /^(?:is|was|seems|appears|remains|'s|’s)$/.test(layer.tokens[i + 1]?.lower ?? ''))
      return;
    out.push({
      start: t.start,
      end: t.end,
      text: t.text,
      type: 'MISC',
      subtype: 'pronoun',
      kind: 'pronoun',
      rule: `pronoun:${t.lower}`,
      priority: 10,
      plural: p.plural,
      ...(p.gender ? { gender: p.gender } : {}),
      ...(p.neuter ? { neuter: true } : {}),
      first: i,
      last: i + 1,
    });
  });
  PLURAL.lastIndex = 0;
  const text = layer.text;
  const mayHavePlural = /two |both |leaders/i.test(text);
  for (let m = mayHavePlural ? PLURAL.exec(text) : null; m; m = PLURAL.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    const first = layer.tokens.findIndex((t) => t.start >= start);
    let last = first;
    while (last < layer.tokens.length && layer.tokens[last]!.end <= end) last++;
    out.push({
      start,
      end,
      text: m[0],
      type: 'MISC',
      subtype: 'plural',
      kind: 'plural',
      rule: 'plural-reference',
      priority: 40,
      plural: true,
      first,
      last,
    });
  }
  return out;
}
