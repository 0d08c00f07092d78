// Schemas of the knowledge base files under data/kb (YAML written by the project), validated at load time.
import { z } from 'zod';

const day = z.union([
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
  z.number().int(),
]);
const names = z.array(z.union([z.string(), z.number()]).transform(String)).default([]);

export const Office = z.looseObject({
  role: z.string(),
  title: z.string(),
  sector: z.string().min(2).max(4),
  start: day.transform(String),
  end: day.transform(String).optional().nullable(),
});

export const Person = z.looseObject({
  id: z.string(),
  name: z.string(),
  aliases: names,
  gender: z.enum(['m', 'f']).optional(),
  country: z.string().min(3),
  offices: z.array(Office).min(1),
  source: z.string(),
  uncertain: z.boolean().optional(),
});

export const Igo = z.looseObject({
  id: z.string(),
  name: z.string(),
  aliases: names,
  code: z.string().min(3),
  kind: z.enum(['igo', 'ngo']),
  members: z.array(z.string()).optional(),
  source: z.string().optional(),
});

export const Media = z.looseObject({
  id: z.string(),
  name: z.string(),
  aliases: names,
  country: z.string().length(3).nullable().optional(),
  state_owned: z.boolean().optional(),
  ambiguous_with: z.union([z.string(), z.array(z.string())]).optional(),
});

export const Role = z.looseObject({
  term: z.string(),
  aliases: names,
  sector: z.string().min(2).max(4),
  role: z.string().optional(),
  kind: z.enum(['person', 'group']),
  leader: z.boolean().optional(),
});

export const Region = z.looseObject({
  id: z.string(),
  name: z.string(),
  aliases: names,
  kind: z.string(),
  country: z.string().length(3).nullable().optional(),
  lat: z.number(),
  lon: z.number(),
});

export const Group = z.looseObject({
  id: z.string(),
  name: z.string(),
  aliases: names,
  country: z.string().nullable().optional(),
  code: z.string().min(3),
  kind: z.string(),
});

export const AdminRegion = z.looseObject({
  id: z.string(),
  name: z.string(),
  aliases: names,
  country: z.string().length(2),
  kind: z.string(),
  lat: z.number(),
  lon: z.number(),
  population: z.number().optional(),
});

/** A short name news uses for a city GeoNames lists under a longer one ("Washington"). */
export const CityAlias = z.looseObject({ name: z.string(), geonameId: z.number().int() });

/** The project's additions to world-countries: names news uses that the package lacks, and names to drop. */
export const CountryExtra = z.looseObject({
  iso3: z.string().length(3),
  aliases: names,
  demonyms: names,
  /** Names from world-countries that collide with words or other entities and are not used. */
  drop: names,
  /** A better representative point than world-countries' rounded one (GeoNames' country point). */
  lat: z.number().optional(),
  lon: z.number().optional(),
});

export type Office = z.infer<typeof Office>;
export type Person = z.infer<typeof Person>;
export type Igo = z.infer<typeof Igo>;
export type Media = z.infer<typeof Media>;
export type Role = z.infer<typeof Role>;
export type Region = z.infer<typeof Region>;
export type Group = z.infer<typeof Group>;
export type AdminRegion = z.infer<typeof AdminRegion>;
export type CountryExtra = z.infer<typeof CountryExtra>;
export type CityAlias = z.infer<typeof CityAlias>;
