// The amounts stage: numbers with scales, currencies and units, away from dates and times found before.
import type { Stage } from '../pipeline/context.js';
import { recognizeAmounts } from './amount-recognizer.js';

export function createAmountsStage(): Stage {
  return {
    name: 'amounts',
    run(ctx) {
      ctx.amounts = recognizeAmounts(ctx.layer, ctx.times);
    },
  };
}
