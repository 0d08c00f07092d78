// The order of the stages, written once. Each stage only reads what the stages before it produced.
import type { Stage } from './context.js';

export interface StageFactories {
  [name: string]: () => Stage;
}

/** Stage names in run order; a pipeline may drop some (options.stages) but never reorder them. */
export const STAGE_ORDER = [
  // times and amounts first: mentions must not take "May" or "1.5 million" for names
  'times',
  'amounts',
  // names, roles, places, pronouns over-generated, then refined
  'mentions',
  // coreference and knowledge-base linking: mentions become actors with CAMEO codes
  'actors',
  // places resolved to coordinates once actors have claimed person names
  'places',
  // quotes need speakers, so they follow actors
  'quotes',
  // events need actors, times and places; keep last
  'events',
] as const;

export type StageName = (typeof STAGE_ORDER)[number];
