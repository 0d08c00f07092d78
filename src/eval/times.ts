// Scores time expressions (TimeBank TIMEX3) as defined in shared/eval/README.md.
import type { CodedDoc } from '../core/index.js';
import type { GoldRecord } from './load.js';
import { overlaps, prf, type Range, ratio } from './metrics.js';
import type { Report } from './report.js';

interface GoldTime extends Range {
  type: string;
  value: string;
}

export function scoreTimes(gold: GoldRecord[], preds: Map<string, CodedDoc>): Report {
  let strict = 0;
  let relaxed = 0;
  let predicted = 0;
  let goldN = 0;
  let typeHit = 0;
  let valueHit = 0;
  for (const record of gold) {
    const goldTimes = (record.times as GoldTime[]) ?? [];
    const predTimes = preds.get(record.id)?.times ?? [];
    goldN += goldTimes.length;
    predicted += predTimes.length;
    const used = new Set<number>();
    for (const g of goldTimes) {
      if (predTimes.some((p) => p.start === g.start && p.end === g.end)) strict++;
      let i = predTimes.findIndex((p, k) => !used.has(k) && p.start === g.start && p.end === g.end);
      if (i < 0) i = predTimes.findIndex((p, k) => !used.has(k) && overlaps(p, g));
      if (i < 0) continue;
      used.add(i);
      relaxed++;
      const p = predTimes[i]!;
      if (p.type === g.type) typeHit++;
      if ((p.value ?? '') === g.value) valueHit++;
    }
  }
  return {
    task: 'times',
    documents: gold.length,
    metrics: {
      'strict span': prf(strict, predicted, goldN),
      'relaxed span': prf(relaxed, predicted, goldN),
      'type (TE3 attribute F1)': prf(typeHit, predicted, goldN),
      'value (TE3 attribute F1)': prf(valueHit, predicted, goldN),
      'type accuracy (relaxed matches)': ratio(typeHit, relaxed),
      'value accuracy (relaxed matches)': ratio(valueHit, relaxed),
    },
  };
}
