// ISO 3166 alpha-2 ↔ alpha-3, from world-countries: actors carry alpha-3, places alpha-2, users type either.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let maps: { to3: Map<string, string>; to2: Map<string, string>; names: Map<string, string> } | undefined;

function load() {
  if (!maps) {
    const world = require('world-countries') as { cca2: string; cca3: string; name: { common: string } }[];
    maps = {
      to3: new Map(world.map((c) => [c.cca2, c.cca3])),
      to2: new Map(world.map((c) => [c.cca3, c.cca2])),
      names: new Map(world.map((c) => [c.cca2, c.name.common])),
    };
  }
  return maps;
}

/** The common English name of a country given its alpha-2 code. */
export function countryName(iso2: string): string | undefined {
  return load().names.get(iso2.toUpperCase());
}

/** Both codes of a country given either one (upper case), or null when it is not a country code. */
export function countryCodes(code: string): { iso2: string; iso3: string } | null {
  const upper = code.trim().toUpperCase();
  const { to3, to2 } = load();
  if (upper.length === 2 && to3.has(upper)) return { iso2: upper, iso3: to3.get(upper)! };
  if (upper.length === 3 && to2.has(upper)) return { iso2: to2.get(upper)!, iso3: upper };
  return null;
}
