// The network: countries (or actors) as nodes, pairs as edges sized by event count and coloured from
// cooperation (blue) to conflict (red) by mean Goldstein; an edge opens the dyad, a node shows its partners.
import { useMemo } from 'preact/hooks';
import { api } from '../api';
import { Empty, ErrorBox, Loading } from '../components/status';
import { formatGoldstein, goldsteinColor } from '../lib/colors';
import { forceLayout } from '../lib/layout';
import { href } from '../router';
import type { Network, NetworkEdge } from '../types';
import { useFetch } from '../use-fetch';

const WIDTH = 900;
const HEIGHT = 560;
const MAX_NODES = 60;

export function NetworkView({ level, focus }: { level: 'country' | 'actor'; focus?: string | undefined }) {
  const network = useFetch(() => api.network(level), [level]);
  return (
    <div class="network-view">
      <nav class="tabs" aria-label="Node level">
        <a
          href={href({ view: 'network', level: 'country' })}
          aria-current={level === 'country' ? 'page' : undefined}
        >
          Countries
        </a>
        <a
          href={href({ view: 'network', level: 'actor' })}
          aria-current={level === 'actor' ? 'page' : undefined}
        >
          Actors
        </a>
      </nav>
      {network.state === 'loading' && <Loading what="the network" />}
      {network.state === 'error' && <ErrorBox message={network.message} />}
      {network.state === 'ok' &&
        (network.data.edges.length === 0 ? (
          <Empty>No pairs yet: the store holds no events with both a source and a target.</Empty>
        ) : (
          <Graph network={network.data} selected={focus ?? null} />
        ))}
    </div>
  );
}

/** The dyad link of an edge: countries by ISO code, actors by their CAMEO code. */
const pairHref = (e: NetworkEdge) => href({ view: 'dyad', a: e.a.split(':')[0], b: e.b.split(':')[0] });

function Graph({ network, selected }: { network: Network; selected: string | null }) {
  const level = network.level;
  const nodes = network.nodes.slice(0, MAX_NODES);
  const kept = new Set(nodes.map((n) => n.id));
  const edges = network.edges.filter((e) => kept.has(e.a) && kept.has(e.b));
  const placed = useMemo(
    () =>
      forceLayout(
        nodes.map((n) => n.id),
        edges.map((e) => ({ a: e.a, b: e.b, weight: e.events })),
        WIDTH,
        HEIGHT,
      ),
    [network],
  );
  const label = new Map(nodes.map((n) => [n.id, n.label]));
  const maxEvents = Math.max(1, ...edges.map((e) => e.events));
  const partners = selected ? edges.filter((e) => e.a === selected || e.b === selected) : edges.slice(0, 12);
  return (
    <div class="network">
      <figure class="graph" data-testid="network-graph">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-label={`${nodes.length} nodes, ${edges.length} pairs`}>
          {edges.map((e) => {
            const p = placed.get(e.a)!;
            const q = placed.get(e.b)!;
            const dim = selected && e.a !== selected && e.b !== selected;
            return (
              <a
                key={`${e.a}|${e.b}`}
                href={pairHref(e)}
                class="edge"
                aria-label={`${label.get(e.a)} – ${label.get(e.b)}: ${e.events} events`}
              >
                <title>
                  {label.get(e.a)} – {label.get(e.b)}: {e.events} events, mean Goldstein{' '}
                  {formatGoldstein(e.goldsteinMean)}
                </title>
                <line x1={p.x} y1={p.y} x2={q.x} y2={q.y} stroke="transparent" stroke-width={14} />
                <line
                  x1={p.x}
                  y1={p.y}
                  x2={q.x}
                  y2={q.y}
                  stroke={goldsteinColor(e.goldsteinMean)}
                  stroke-width={1.5 + 8 * Math.sqrt(e.events / maxEvents)}
                  stroke-linecap="round"
                  opacity={dim ? 0.15 : 0.85}
                />
              </a>
            );
          })}
          {nodes.map((n) => {
            const p = placed.get(n.id)!;
            const r = 5 + 3 * Math.sqrt(n.events);
            const on = selected === n.id;
            return (
              <a
                key={n.id}
                class={`node${on ? ' selected' : ''}`}
                href={href({ view: 'network', level, ...(on ? {} : { focus: n.id }) })}
                aria-current={on ? 'true' : undefined}
                aria-label={`${n.label}: ${n.events} events${on ? ' (selected; again to show all)' : ''}`}
              >
                <g transform={`translate(${p.x},${p.y})`}>
                  <circle r={r} />
                  <text y={-r - 4} text-anchor="middle">
                    {n.label}
                  </text>
                </g>
              </a>
            );
          })}
        </svg>
        <figcaption>
          <span class="scale" aria-hidden="true" /> Edge colour: mean Goldstein, conflict (red) to cooperation
          (blue); width: events.{' '}
          {network.nodes.length > MAX_NODES &&
            `The ${MAX_NODES} most active of ${network.nodes.length} nodes.`}
        </figcaption>
      </figure>
      <aside class="partners" aria-live="polite">
        <h3>{selected ? `Pairs of ${label.get(selected)}` : 'Most active pairs'}</h3>
        <ul>
          {partners.map((e) => (
            <li key={`${e.a}|${e.b}`}>
              <span class="dot" style={{ background: goldsteinColor(e.goldsteinMean) }} aria-hidden="true" />
              <a href={pairHref(e)}>
                {label.get(e.a)} – {label.get(e.b)}
              </a>{' '}
              <small>
                {e.events} events · {formatGoldstein(e.goldsteinMean)}
              </small>
            </li>
          ))}
        </ul>
        {selected && <a href={href({ view: 'network', level })}>Show all pairs</a>}
      </aside>
    </div>
  );
}
