// Scores events (PLOVER/CAMEO gold sentences) as defined in shared/eval/README.md.
import type { CodedDoc, Event } from '../core/index.js';
import { actorCountry, type GoldRecord } from './load.js';
import { prf, ratio } from './metrics.js';
import type { Report } from './report.js';

interface GoldEvent {
  plover: string | null;
  cameo: string | null;
  source: string[];
  target: string[];
}

const mostConfident = (events: Event[]) =>
  events.reduce<Event | undefined>(
    (best, e) => (!best || e.confidence > best.confidence ? e : best),
    undefined,
  );

export function scoreEvents(gold: GoldRecord[], preds: Map<string, CodedDoc>): Report {
  const c = { typeTp: 0, typePred: 0, typeGold: 0, top1: 0, top1N: 0, rootHit: 0, rootN: 0 };
  const code = { tp: 0, pred: 0, gold: 0 };
  const dyad = { tp: 0, pred: 0, gold: 0 };
  const source = { hit: 0, n: 0 };
  for (const record of gold) {
    const goldEvents = (record.events as GoldEvent[]) ?? [];
    const doc = preds.get(record.id);
    const events = (doc?.events ?? []).filter((e) => !e.negated);
    const predTypes = new Set(events.filter((e) => e.type !== 'STATEMENT').map((e) => e.type as string));
    const goldTypes = new Set(goldEvents.map((e) => e.plover).filter((t): t is string => !!t));
    if (goldTypes.size > 0) {
      c.typeGold += goldTypes.size;
      c.typePred += predTypes.size;
      for (const t of predTypes) if (goldTypes.has(t)) c.typeTp++;
      if (goldTypes.size === 1) {
        c.top1N++;
        const best = mostConfident(events);
        if (best && goldTypes.has(best.type)) c.top1++;
      }
    }
    const goldCodes = new Set(goldEvents.map((e) => e.cameo).filter((x): x is string => !!x));
    if (goldCodes.size > 0) {
      const predCodes = new Set(events.map((e) => e.cameo));
      code.gold += goldCodes.size;
      code.pred += predCodes.size;
      for (const x of predCodes) if (goldCodes.has(x)) code.tp++;
      c.rootN++;
      const best = mostConfident(events.filter((e) => e.cameo));
      if (best && [...goldCodes].some((g) => g.slice(0, 2) === best.cameo.slice(0, 2))) c.rootHit++;
    }
    const goldDyads = goldEvents.filter((e) => e.source.length > 0 && e.target.length > 0);
    if (goldDyads.length > 0 && doc) {
      const predDyads = events
        .filter((e) => e.source.length > 0 && e.target.length > 0)
        .map((e) => ({
          s: actorCountry(doc, e.source[0]!),
          t: actorCountry(doc, e.target[0]!),
          type: e.type as string,
        }));
      dyad.gold += goldDyads.length;
      dyad.pred += predDyads.length;
      const used = new Set<number>();
      for (const g of goldDyads) {
        const i = predDyads.findIndex(
          (p, k) =>
            !used.has(k) &&
            g.source.includes(p.s ?? '') &&
            g.target.includes(p.t ?? '') &&
            (!g.plover || g.plover === p.type),
        );
        if (i >= 0) {
          used.add(i);
          dyad.tp++;
        }
      }
    } else if (goldDyads.length > 0) dyad.gold += goldDyads.length;
    const goldSources = new Set(goldEvents.flatMap((e) => e.source));
    if (goldSources.size > 0) {
      source.n++;
      const best = mostConfident(events.filter((e) => e.source.length > 0));
      if (best && doc && goldSources.has(actorCountry(doc, best.source[0]!) ?? '')) source.hit++;
    }
  }
  return {
    task: 'events',
    documents: gold.length,
    metrics: {
      'plover type': prf(c.typeTp, c.typePred, c.typeGold),
      'cameo exact code': prf(code.tp, code.pred, code.gold),
      dyad: prf(dyad.tp, dyad.pred, dyad.gold),
      'plover top-1 accuracy': ratio(c.top1, c.top1N),
      'cameo root accuracy': ratio(c.rootHit, c.rootN),
      'source accuracy': ratio(source.hit, source.n),
    },
  };
}
