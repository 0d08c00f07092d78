// The places stage: every place mention resolved to a name, country and coordinates, with a confidence.
import { cityTable } from '../mentions/cities.js';
import type { Mention } from '../mentions/mention.js';
import { MENTIONS_NOTE, mentionResources } from '../mentions/mentions-stage.js';
import type { Stage } from '../pipeline/context.js';
import { resolvePlaces } from './place-resolver.js';

export const PLACES_NOTE = 'places';

export function createPlacesStage(): Stage {
  const { kb } = mentionResources();
  const table = cityTable();
  return {
    name: 'places',
    run(ctx) {
      const mentions = (ctx.notes.get(MENTIONS_NOTE) as Mention[] | undefined) ?? [];
      const { places, mentionOf } = resolvePlaces(mentions, ctx.layer, kb, table);
      ctx.places = places;
      ctx.notes.set(PLACES_NOTE, mentionOf);
    },
  };
}
