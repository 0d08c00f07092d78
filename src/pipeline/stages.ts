// The stage factories the default pipeline is built from, by name (order lives in configuration.ts).

import { createActorsStage } from '../actors/actors-stage.js';
import { createEventsStage } from '../events/events-stage.js';
import { createAmountsStage } from '../mentions/amounts-stage.js';
import { createMentionsStage } from '../mentions/mentions-stage.js';
import { createQuotesStage } from '../quotes/quotes-stage.js';
import { createPlacesStage } from '../when-where/places-stage.js';
import { createTimesStage } from '../when-where/times-stage.js';
import type { StageName } from './configuration.js';
import type { Stage } from './context.js';

export function defaultStages(): Partial<Record<StageName, () => Stage>> {
  return {
    times: createTimesStage,
    amounts: createAmountsStage,
    mentions: createMentionsStage,
    actors: createActorsStage,
    places: createPlacesStage,
    quotes: createQuotesStage,
    events: createEventsStage,
  };
}
