// Products, models and indexes are not actors: "Airbus A380", "Boeing 787", "the 787 Dreamliner", "FTSE 100",
// "Chapter 11". A name written next to a model number is the product's make or name, and becomes MISC.
import type { TextLayer, Token } from '../text/layer.js';
import type { Mention } from './mention.js';

/** "A330-200", "737", "A400M", "100": a model or index number (a year or a count with commas is not one). */
const MODEL = /^(?:\p{Lu}{0,2}\d+[\p{Lu}\d-]*|\d+)$/u;
const YEAR = /^(?:1[89]|20)\d\d$/;
/** Before a name, only a long model number counts ("787 Dreamliner"), not a count ("60 Boeing jets"). */
const MODEL_BEFORE = /^\p{Lu}?\d{3,}[\p{Lu}\d-]*$/u;

const NAMES = new Set(['name', 'media', 'group']);
/** "iTunes", "iPod", "eBook": a lower-case prefix glued to a capital marks a product brand, not a firm. */
const BRAND_PREFIX = /^[a-z]{1,2}\p{Lu}/u;

export function refineProducts(mentions: Mention[], layer: TextLayer): Mention[] {
  return mentions.map((m) => {
    if (m.type === 'MISC' || !NAMES.has(m.kind) || !isProduct(m, layer)) return m;
    return { ...m, type: 'MISC', subtype: 'product', kind: 'name', rule: `product:${m.rule}` };
  });
}

function isProduct(m: Mention, layer: TextLayer): boolean {
  const { tokens, text } = layer;
  // "3G", "777-200LR": letters glued to a number are part of a model code, not a name
  if (m.start > 0 && /[\p{L}\d]/u.test(text[m.start - 1]!)) return true;
  // "AU$ 40 million", "USD$": letters glued to a currency sign name the currency
  if (/^[$£€¥]/.test(text.slice(m.end, m.end + 1))) return true;
  const next = tokens[m.last];
  if (next && next.start === m.end + 1 && isModel(next, MODEL)) return true;
  // "the Corvid OS operating system": the software's own name
  if (next?.lower === 'operating' && tokens[m.last + 1]?.lower === 'system') return true;
  const prev = tokens[m.first - 1];
  if (!prev || prev.end !== m.start - 1) return false;
  // "the iTunes Music Store": capitals continuing a product brand are the product's name
  return isModel(prev, MODEL_BEFORE) || BRAND_PREFIX.test(prev.text);
}

function isModel(t: Token, shape: RegExp): boolean {
  return shape.test(t.text) && !YEAR.test(t.text);
}
