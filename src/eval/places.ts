// Scores toponyms (LGL) as defined in shared/eval/README.md: recognition, then distance to the gold point.
import type { CodedDoc } from '../core/index.js';
import { haversineKm } from '../when-where/geo.js';
import type { GoldRecord } from './load.js';
import { median, overlaps, prf, type Range, ratio } from './metrics.js';
import type { Report } from './report.js';

interface GoldToponym extends Range {
  lat: number | null;
  lon: number | null;
}

const MISSED_KM = 20_038;

export function scorePlaces(gold: GoldRecord[], preds: Map<string, CodedDoc>): Report {
  let tp = 0;
  let predicted = 0;
  let goldN = 0;
  const matchedErrors: number[] = [];
  const allErrors: number[] = [];
  for (const record of gold) {
    const toponyms = (record.toponyms as GoldToponym[]) ?? [];
    const places = preds.get(record.id)?.places ?? [];
    goldN += toponyms.length;
    predicted += places.length;
    const used = new Set<number>();
    for (const g of toponyms) {
      const i = places.findIndex((p, k) => !used.has(k) && overlaps(p, g));
      if (i >= 0) {
        used.add(i);
        tp++;
      }
      if (g.lat === null || g.lon === null) continue;
      const p = i >= 0 ? places[i]! : undefined;
      const km =
        p?.lat !== undefined && p.lon !== undefined ? haversineKm(g.lat, g.lon, p.lat, p.lon) : MISSED_KM;
      if (p) matchedErrors.push(km);
      allErrors.push(km);
    }
  }
  const within = (xs: number[]) => xs.filter((km) => km <= 161).length;
  return {
    task: 'places',
    documents: gold.length,
    metrics: {
      recognition: prf(tp, predicted, goldN),
      'acc@161km (matched)': ratio(within(matchedErrors), matchedErrors.length),
      'acc@161km (all gold)': ratio(within(allErrors), allErrors.length),
      'median error km (matched)': { value: median(matchedErrors) },
      'median error km (all gold)': { value: median(allErrors) },
    },
  };
}
