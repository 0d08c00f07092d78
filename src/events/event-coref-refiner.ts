// The same happening told again in one article ("met … the meeting … held talks") is linked to its first
// telling with `sameAs`, so counts do not double; both keep their evidence.
import type { Event } from '../core/index.js';

export function linkSameEvents(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const first = out.find((o) => !o.sameAs && same(o, e));
    out.push(first ? { ...e, sameAs: first.id } : e);
  }
  return out;
}

function same(a: Event, b: Event): boolean {
  if (a.type !== b.type || a.cameo.slice(0, 2) !== b.cameo.slice(0, 2) || a.negated !== b.negated)
    return false;
  if (a.source.length === 0 || b.source.length === 0) return false;
  const sideA = new Set([...a.source, ...a.target]);
  const sideB = new Set([...b.source, ...b.target]);
  if (sideA.size !== sideB.size || [...sideA].some((x) => !sideB.has(x))) return false;
  const da = a.date?.value ?? null;
  const db = b.date?.value ?? null;
  return da === db || a.date?.precision === 'vague' || b.date?.precision === 'vague';
}
