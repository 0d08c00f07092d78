// The times stage: chrono-node and the rule table propose, the overlap refiner picks; values as TIMEX3.
import type { Stage } from '../pipeline/context.js';
import { recognizeChronoTimes } from './chrono-time-recognizer.js';
import { recognizeRuleTimes } from './rule-time-recognizer.js';
import { refineTimes } from './time-overlap-refiner.js';
import { referenceDate } from './time-rules.js';

export function createTimesStage(): Stage {
  return {
    name: 'times',
    run(ctx) {
      const ref = referenceDate(ctx.published);
      const candidates = [...recognizeRuleTimes(ctx.layer, ref), ...recognizeChronoTimes(ctx.layer, ref)];
      ctx.times = refineTimes(candidates, ctx.layer).map(({ start, end, text, type, value, stated }) => ({
        start,
        end,
        text,
        type,
        value,
        stated,
      }));
      if (!ref && ctx.times.some((t) => t.value === null)) {
        ctx.issues.push({
          code: 'no_reference_date',
          message: 'no publication date: relative time expressions are left unresolved',
        });
      }
    },
  };
}
