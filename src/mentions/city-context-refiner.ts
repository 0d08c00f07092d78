// Keeps a city mention only with evidence it is a place: a big city or capital, a place preposition, a
// following ", Country", or a dateline. GeoNames has towns named Of, Male, Split and Vladimir.
import type { TextLayer } from '../text/layer.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mention.js';
import { PLACE_PREPOSITIONS } from './name-words.js';

const BIG_CITY = 50_000;

export function refineCities(mentions: Mention[], layer: TextLayer, gaz: Gazetteer): Mention[] {
  return mentions.filter((m) => m.kind !== 'city' || isPlace(m, layer, gaz, mentions));
}

function isPlace(m: Mention, layer: TextLayer, gaz: Gazetteer, all: Mention[]): boolean {
  const { tokens } = layer;
  const first = tokens[m.first]!;
  const allCaps = /^[\p{Lu}\s.-]{3,}$/u.test(m.text);
  if (
    !allCaps &&
    !tokens.slice(m.first, m.last).every((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ')
  )
    return false;
  if (first.pos !== 'PROPN' && !allCaps && m.first === layer.sentences[first.sentence]!.first) return false;
  if (isDateline(m, layer)) return true;
  const prev = tokens[m.first - 1];
  if (prev && PLACE_PREPOSITIONS.has(prev.lower)) return true;
  const comma = tokens[m.last];
  const after = tokens[m.last + 1];
  if (
    comma?.text === ',' &&
    after &&
    all.some((o) => o.first === m.last + 1 && (o.kind === 'country' || o.kind === 'admin'))
  )
    return true;
  const best = gaz.cities.cities[m.cities![0]!]!;
  return best.population >= BIG_CITY || best.featureCode === 'PPLC';
}

/** "BEIJING:", "LONDON (Reuters) -", "Nairobi, March 3 —" at the start of the text or of a paragraph. */
export function isDateline(m: Mention, layer: TextLayer): boolean {
  const sentence = layer.sentences[layer.tokens[m.first]!.sentence]!;
  if (m.first !== sentence.first) return false;
  const next = layer.tokens[m.last];
  return (
    !!next &&
    /^[:(,—–-]$/.test(next.text) &&
    (/^[\p{Lu}\s.-]+$/u.test(m.text) ||
      next.text !== ',' ||
      /\d/.test(layer.text.slice(next.end, next.end + 12)))
  );
}
