// Proposes a mention for the longest gazetteer match at each token: countries, cities, organisations, roles …
import type { Time } from '../core/index.js';
import type { TextLayer } from '../text/layer.js';
import { type Gazetteer, type GazMatch, matchAt, matchesOf } from './gazetteer.js';
import type { Mention } from './mention.js';

export function recognizeGazetteer(layer: TextLayer, gaz: Gazetteer, times: Time[]): Mention[] {
  const { text, tokens } = layer;
  const out: Mention[] = [];
  const matches = matchesOf(gaz, layer);
  for (const sentence of layer.sentences) {
    for (let i = sentence.first; i < sentence.last; i++) {
      let match = matches[i];
      if (!match) continue;
      const time = times.find(
        (t) => t.start < tokens[match!.last - 1]!.end && tokens[match!.first]!.start < t.end,
      );
      if (time) {
        // "Russia today": the name may stop before the time expression
        let stop = match.first;
        while (stop < match.last && tokens[stop]!.end <= time.start) stop++;
        match = stop > match.first ? matchAt(gaz, tokens, i, stop) : undefined;
        if (!match) continue;
      }
      // "US $50 million", "NZ $": a country abbreviation right before a dollar sign names the currency
      // (a full name stays: "paid Canada $2 billion" is ambiguous)
      if (tokens[match.last]?.lower === '$' && isCountryAbbreviation(match, tokens)) continue;
      const start = tokens[match.first]!.start;
      const end = tokens[match.last - 1]!.end;
      // one mention per match; the strongest entry leads, the others stay as alternatives for linking
      // a city named like its province ("Beijing", "New York") is the city unless the text says otherwise
      // ("Ontario", "Virginia" are provinces: their namesake towns are much smaller)
      const city = match.entries.find((e) => e.kind === 'city');
      const first = city?.cities?.[0] === undefined ? undefined : gaz.cities.cities[city.cities[0]];
      const biggest = first?.featureCode === 'PPLC' ? Number.POSITIVE_INFINITY : (first?.population ?? 0);
      const rank = (e: (typeof match.entries)[number]) =>
        e.kind === 'admin' && biggest * 3 >= (e.admin?.population ?? Number.POSITIVE_INFINITY)
          ? 19
          : e.priority;
      const entries = [...match.entries].sort((a, b) => rank(b) - rank(a));
      const lead = entries[0]!;
      const merged: Mention = {
        ...lead,
        priority: Math.max(...entries.map((e) => e.priority)),
        start,
        end,
        text: text.slice(start, end),
        first: match.first,
        last: match.last,
      };
      for (const e of entries.slice(1)) {
        merged.cities ??= e.cities;
        merged.admin ??= e.admin;
        merged.people ??= e.people;
        merged.role ??= e.role;
        if (!merged.country && e.country && e.kind !== 'city') merged.country = e.country;
      }
      delete (merged as { anyCase?: boolean }).anyCase;
      out.push(merged);
    }
  }
  return out;
}

function isCountryAbbreviation(match: GazMatch, tokens: TextLayer['tokens']): boolean {
  const t = tokens[match.first]!;
  return (
    match.last === match.first + 1 &&
    /^[A-Z]{2,3}$/.test(t.text) &&
    match.entries.some((e) => e.kind === 'country')
  );
}
