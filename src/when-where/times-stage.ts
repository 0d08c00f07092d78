// The times stage: chrono-node and the rule table propose, the overlap refiner picks; values as TIMEX3.
import type { Stage } from '../pipeline/context.js';
import { recognizeChronoTimes } from './chrono-time-recognizer.js';
import { recognizeRuleTimes } from './rule-time-recognizer.js';
import type { TimeCandidate } from './time-candidate.js';
import { refineTimes } from './time-overlap-refiner.js';
import { referenceDate } from './time-rules.js';

export function createTimesStage(): Stage {
  return {
    name: 'times',
    run(ctx) {
      const ref = referenceDate(ctx.published);
      const candidates = [...recognizeRuleTimes(ctx.layer, ref), ...recognizeChronoTimes(ctx.layer, ref)];
      ctx.times = anchorYearAgo(refineTimes(candidates, ctx.layer)).map(
        ({ start, end, text, type, value, stated }) => ({ start, end, text, type, value, stated }),
      );
      if (!ref && ctx.times.some((t) => t.value === null)) {
        ctx.issues.push({
          code: 'no_reference_date',
          message: 'no publication date: relative time expressions are left unresolved',
        });
      }
    },
  };
}

const YEAR_AGO =
  /^(?:(?:a|one) year (?:ago|earlier|before)|(?:a |the )?year-(?:earlier|ago)(?: quarter| period)?)$/i;
const YEAR_PERIOD = /^the (\d{4}) (?:period|quarter)$/i;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/**
 * "a year earlier" after a quarter ("profit rose in the third quarter from $5 million a year earlier") is that
 * quarter a year before, as TimeML anchors it; without a quarter before it, it stays the previous year.
 */
function anchorYearAgo(times: TimeCandidate[]): TimeCandidate[] {
  let quarter: RegExpExecArray | null = null;
  for (const t of times) {
    const q = t.value ? QUARTER.exec(t.value) : null;
    if (q) quarter = q;
    else if (quarter && t.value && YEAR_AGO.test(t.text))
      t.value = `${Number(quarter[1]) - 1}-Q${quarter[2]}`;
    else if (quarter && YEAR_PERIOD.test(t.text)) t.value = `${YEAR_PERIOD.exec(t.text)![1]}-Q${quarter[2]}`;
  }
  return times;
}
