// A coded document's items as highlight marks, one layer each, labelled for a reader.
import type { CodedDoc } from '../types';
import type { Mark } from './segments';

export const LAYERS = [
  { layer: 'entity', label: 'Mentions' },
  { layer: 'event', label: 'Events' },
  { layer: 'quote', label: 'Quotes' },
  { layer: 'time', label: 'Times' },
  { layer: 'place', label: 'Places' },
  { layer: 'amount', label: 'Amounts' },
] as const;

export type Layer = (typeof LAYERS)[number]['layer'];

export function marksOf(doc: CodedDoc): Record<Layer, Mark[]> {
  const actor = new Map(doc.actors.map((a) => [a.id, a]));
  const names = (ids: readonly string[]) => ids.map((id) => actor.get(id)?.name ?? id).join(', ') || '–';
  return {
    entity: doc.entities.map((e) => {
      const a = e.actor ? actor.get(e.actor) : undefined;
      const kind = e.subtype ? `${e.type}/${e.subtype}` : e.type;
      return {
        start: e.start,
        end: e.end,
        layer: 'entity',
        label: `${kind} “${e.text}”${a ? ` → ${a.name} (${a.code})` : ''}`,
      };
    }),
    event: doc.events.map((e) => ({
      start: e.trigger.start,
      end: e.trigger.end,
      layer: 'event',
      label:
        `${e.type} (CAMEO ${e.cameo}, quad ${e.quadClass}, Goldstein ${e.goldstein}): ${names(e.source)} → ` +
        `${names(e.target)}${e.negated ? ' [negated]' : ''}${e.modality !== 'asserted' ? ` [${e.modality}]` : ''}`,
    })),
    quote: doc.quotes.flatMap((q) => {
      const by = q.speaker ? (actor.get(q.speaker)?.name ?? q.speaker) : 'unattributed';
      return [
        ...q.content.map((c) => ({
          start: c.start,
          end: c.end,
          layer: 'quote',
          label: `${q.kind} quote by ${by}`,
        })),
        ...(q.cue
          ? [{ start: q.cue.start, end: q.cue.end, layer: 'quote', label: `quote cue (${by})` }]
          : []),
      ];
    }),
    time: doc.times.map((t) => ({
      start: t.start,
      end: t.end,
      layer: 'time',
      label: `${t.type} “${t.text}” = ${t.value ?? 'unresolved'}`,
    })),
    place: doc.places.map((p) => ({
      start: p.start,
      end: p.end,
      layer: 'place',
      label: `place ${p.name}${p.country ? `, ${p.country}` : ''}${p.lat !== undefined ? ` (${p.lat.toFixed(2)}, ${p.lon?.toFixed(2)})` : ''}`,
    })),
    amount: doc.amounts.map((m) => ({
      start: m.start,
      end: m.end,
      layer: 'amount',
      label: `amount ${m.approximate ? '≈' : ''}${m.value.toLocaleString('en')}${m.unit ? ` ${m.unit}` : ''}${m.object ? ` of ${m.object}` : ''}`,
    })),
  };
}
