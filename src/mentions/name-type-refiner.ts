// Settles the type of unknown names from the whole article: a name keeps one type, and the weak typing rules
// (after a place preposition, the shape of a person's name) give way to what the rest of the text shows.
import type { EntityType } from '../core/index.js';
import type { TextLayer } from '../text/layer.js';
import type { Mention } from './mention.js';
import { CORPORATE_SUFFIXES, ORG_DESCRIPTORS } from './name-words.js';

/** Rules that type a name by its surroundings alone; any other rule is evidence they give way to. */
const WEAK = new Set(['chunk:place-preposition', 'chunk:person-shape', 'chunk:single', 'chunk:multi']);

export function refineNameTypes(mentions: Mention[], layer: TextLayer): Mention[] {
  const strong = new Map<string, EntityType>();
  const alone = new Map<string, EntityType>();
  for (const m of mentions) {
    if (m.type === 'MISC') continue;
    if (!WEAK.has(m.rule)) strong.set(m.text.toLowerCase(), m.type);
    if (m.rule === 'chunk:person-shape' && isDescribedFirm(m, layer)) strong.set(m.text.toLowerCase(), 'ORG');
    if (m.type === 'ORG' && m.kind === 'name') addCompanyStem(m.text, strong);
    if (m.kind === 'name' && m.rule !== 'chunk:place-preposition' && !/\s/.test(m.text))
      alone.set(m.text.toLowerCase(), m.type);
  }
  return mentions.map((m) => {
    if (m.kind !== 'name' || !WEAK.has(m.rule)) return m;
    const type = settledType(m, layer, strong, alone);
    if (!type || type === m.type) return m;
    const subtype = type === 'PER' ? 'person' : type === 'ORG' ? 'organization' : 'place';
    return { ...m, type, subtype, rule: `${m.rule}>article` };
  });
}

/** "the airline Aer Lingus": a name right after a word that describes firms is a firm, wherever it recurs. */
function isDescribedFirm(m: Mention, layer: TextLayer): boolean {
  const before = layer.tokens[m.first - 1];
  return !!before && before.text === before.lower && ORG_DESCRIPTORS.has(before.lower);
}

/** "Aer Lingus Group PLC" names the firm "Aer Lingus": its name without the legal-form words closing it. */
function addCompanyStem(text: string, strong: Map<string, EntityType>): void {
  const words = text.split(/\s+/);
  let n = words.length;
  while (n > 1 && CORPORATE_SUFFIXES.has(words[n - 1]!)) n--;
  if (n < words.length) strong.set(words.slice(0, n).join(' ').toLowerCase(), 'ORG');
}

function settledType(
  m: Mention,
  layer: TextLayer,
  strong: Map<string, EntityType>,
  alone: Map<string, EntityType>,
): EntityType | undefined {
  const key = m.text.toLowerCase();
  const known = strong.get(key);
  if (known) return known;
  if (m.rule === 'chunk:place-preposition') {
    // "a stake in Kestrel", "Kestrel 's board", "RAF livery", "the chief of Kestrel" elsewhere: not a place
    const next = layer.tokens[m.last];
    const before = layer.tokens[m.first - 2];
    if (/^[\p{Lu}]{2,}$/u.test(m.text) || next?.lower === "'s" || next?.lower === '’s' || next?.lower === "'")
      return 'ORG';
    // a place noun phrase ("caverns at Padur") is as likely, so only a name the article also uses elsewhere
    if (before?.pos === 'NOUN' && alone.has(key)) return 'ORG';
    return undefined;
  }
  if (m.rule === 'chunk:person-shape') {
    // people are shortened to their family name, organisations to their first word ("Halvern Dynamics" → "Halvern")
    const words = key.split(/\s+/);
    if (alone.has(words[0]!) && !alone.has(words[words.length - 1]!)) return 'ORG';
  }
  return undefined;
}
