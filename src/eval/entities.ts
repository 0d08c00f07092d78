// Scores entity mentions (MEANTIME names typed PER/ORG/LOC) as defined in shared/eval/README.md.
import type { CodedDoc } from '../core/index.js';
import type { GoldRecord } from './load.js';
import { overlaps, prf, type Range } from './metrics.js';
import type { Report } from './report.js';

interface Typed extends Range {
  type: string;
}

export function scoreEntities(gold: GoldRecord[], preds: Map<string, CodedDoc>): Report {
  const types = new Set<string>();
  const exact = new Map<string, { tp: number; pred: number; gold: number }>();
  const lenient = { tp: 0, pred: 0, gold: 0 };
  const bump = (t: string) => {
    if (!exact.has(t)) exact.set(t, { tp: 0, pred: 0, gold: 0 });
    return exact.get(t)!;
  };
  for (const record of gold) {
    const scored = new Set((record.types_scored as string[]) ?? ['PER', 'ORG', 'LOC']);
    for (const t of scored) types.add(t);
    const goldEntities = (record.entities as Typed[]) ?? [];
    const predEntities = (preds.get(record.id)?.entities ?? []).filter((e) => scored.has(e.type));
    const key = (e: Typed) => `${e.start}:${e.end}:${e.type}`;
    const goldKeys = new Set(goldEntities.map(key));
    const predKeys = new Set(predEntities.map(key));
    for (const e of goldEntities) bump(e.type).gold++;
    for (const k of predKeys) {
      const type = k.split(':')[2]!;
      bump(type).pred++;
      if (goldKeys.has(k)) bump(type).tp++;
    }
    // lenient: one-to-one same-type overlap
    lenient.gold += goldEntities.length;
    lenient.pred += predEntities.length;
    const used = new Set<number>();
    for (const g of goldEntities) {
      const i = predEntities.findIndex((p, k) => !used.has(k) && p.type === g.type && overlaps(p, g));
      if (i >= 0) {
        used.add(i);
        lenient.tp++;
      }
    }
  }
  const all = [...exact.values()].reduce(
    (a, b) => ({ tp: a.tp + b.tp, pred: a.pred + b.pred, gold: a.gold + b.gold }),
    {
      tp: 0,
      pred: 0,
      gold: 0,
    },
  );
  const metrics: Report['metrics'] = { 'exact (all types)': prf(all.tp, all.pred, all.gold) };
  for (const t of [...types].sort()) {
    const c = exact.get(t) ?? { tp: 0, pred: 0, gold: 0 };
    metrics[`exact ${t}`] = prf(c.tp, c.pred, c.gold);
  }
  metrics['lenient overlap'] = prf(lenient.tp, lenient.pred, lenient.gold);
  return { task: 'entities', documents: gold.length, metrics };
}
