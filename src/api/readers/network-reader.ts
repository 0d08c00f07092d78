// Who acts on whom: countries (or actors) as nodes, one undirected edge per pair with its event count, quad
// classes and mean Goldstein score. An event with several actors on a side counts once for each pair. The
// country level keeps countries and international organisations (IGO codes) only.

import { countryCodes, countryName } from '../../store/country-codes.js';
import type { Engine } from '../../store/engine.js';
import { applyEventFilter } from '../../store/event-filters.js';
import type { EventFilter } from '../../store/index.js';
import type { Network, NetworkEdge, NetworkNode } from '../schemas.js';

interface Side {
  code: string;
  country: string | null;
  name: string;
}

export async function readNetwork(
  engine: Engine,
  level: Network['level'],
  filter: EventFilter,
): Promise<Network> {
  const { db } = engine;
  const rows = await db
    .selectFrom('events')
    .innerJoin('event_actors as s', (j) =>
      j.onRef('s.event_id', '=', 'events.id').on('s.role', '=', 'source'),
    )
    .innerJoin('event_actors as t', (j) =>
      j.onRef('t.event_id', '=', 'events.id').on('t.role', '=', 'target'),
    )
    .select([
      'events.id',
      'events.quad_class',
      'events.goldstein',
      'events.num_mentions',
      's.code as sCode',
      's.country as sCountry',
      's.name as sName',
      't.code as tCode',
      't.country as tCountry',
      't.name as tName',
    ])
    .where(
      'events.id',
      'in',
      db
        .selectFrom('events')
        .select('id')
        .where((eb) => applyEventFilter(eb, filter)),
    )
    .execute();
  const nodes = new Map<string, NetworkNode & { seen: Set<string> }>();
  const edges = new Map<string, NetworkEdge & { seen: Set<string>; goldsteinSum: number }>();
  const nodeOf = (side: Side, eventId: string): string => {
    const country = level === 'country' && side.country && countryCodes(side.country) ? side.country : null;
    const id = country ?? `${side.code}:${side.name}`;
    const node = nodes.get(id) ?? {
      id,
      label: labelOf(side, country),
      country: side.country,
      events: 0,
      seen: new Set(),
    };
    if (!node.seen.has(eventId)) {
      node.seen.add(eventId);
      node.events++;
    }
    nodes.set(id, node);
    return id;
  };
  for (const r of rows) {
    const source = { code: r.sCode, country: r.sCountry, name: r.sName };
    const target = { code: r.tCode, country: r.tCountry, name: r.tName };
    // A country network holds states and international organisations; other actors are on the actor level.
    if (level === 'country' && !(isStateLike(source) && isStateLike(target))) continue;
    const s = nodeOf(source, r.id);
    const t = nodeOf(target, r.id);
    if (s === t) continue;
    const [a, b] = s < t ? [s, t] : [t, s];
    const key = `${a}\u0000${b}`;
    const edge = edges.get(key) ?? {
      a,
      b,
      events: 0,
      mentions: 0,
      goldsteinMean: 0,
      goldsteinSum: 0,
      q1: 0,
      q2: 0,
      q3: 0,
      q4: 0,
      seen: new Set<string>(),
    };
    if (edge.seen.has(r.id)) continue;
    edge.seen.add(r.id);
    edge.events++;
    edge.mentions += Number(r.num_mentions);
    edge.goldsteinSum += Number(r.goldstein);
    const q = `q${Number(r.quad_class)}` as 'q1' | 'q2' | 'q3' | 'q4';
    edge[q]++;
    edges.set(key, edge);
  }
  return {
    level,
    nodes: [...nodes.values()]
      .map(({ seen: _seen, ...node }) => node)
      .sort((x, y) => y.events - x.events || x.label.localeCompare(y.label)),
    edges: [...edges.values()]
      .map(({ seen: _seen, goldsteinSum, ...edge }) => ({
        ...edge,
        goldsteinMean: Math.round((goldsteinSum / edge.events) * 100) / 100,
      }))
      .sort((x, y) => y.events - x.events || x.a.localeCompare(y.a) || x.b.localeCompare(y.b)),
  };
}

function isStateLike(side: Side): boolean {
  return Boolean(side.country && countryCodes(side.country)) || side.code.startsWith('IGO');
}

/** A country node is named after the country; any other node (actor level, IGOs, groups) after the actor. */
function labelOf(side: Side, country: string | null): string {
  const iso2 = country ? countryCodes(country)?.iso2 : undefined;
  return (iso2 && countryName(iso2)) || side.name;
}
