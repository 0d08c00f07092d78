// The dyad view: pick two countries; their timeline by quad class with the Goldstein line, and every event
// between them with its evidence sentence.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import { Empty, ErrorBox, Loading } from '../components/status';
import { href } from '../router';
import type { EventWithEvidence, Network, SeriesResponse } from '../types';
import { useFetch } from '../use-fetch';
import { navigate } from '../use-route';
import { EventCard } from './event-card';
import { Timeline } from './timeline';

const PERIODS = ['auto', 'day', 'week', 'month'] as const;

/** auto: days for a span of two months or less, weeks up to two years, else months. */
async function loadSeries(a: string, b: string, by: string): Promise<SeriesResponse> {
  if (by !== 'auto') return api.series(a, b, by);
  const daily = await api.series(a, b, 'day');
  if (daily.rows.length <= 62) return daily;
  return api.series(a, b, daily.rows.length <= 731 ? 'week' : 'month');
}

export function DyadView({
  a,
  b,
  by = 'auto',
}: {
  a?: string | undefined;
  b?: string | undefined;
  by?: string | undefined;
}) {
  const network = useFetch(() => api.network('country'), []);
  if (network.state === 'loading') return <Loading what="countries" />;
  if (network.state === 'error') return <ErrorBox message={network.message} />;
  return <DyadPicker network={network.data} a={a} b={b} by={by} />;
}

function DyadPicker({
  network,
  a,
  b,
  by,
}: {
  network: Network;
  a?: string | undefined;
  b?: string | undefined;
  by: string;
}) {
  const countries = network.nodes.filter((n) => n.country).sort((x, y) => x.label.localeCompare(y.label));
  const label = new Map(network.nodes.map((n) => [n.id, n.label]));
  const isCountry = new Set(countries.map((c) => c.id));
  const pairs = network.edges.filter((e) => isCountry.has(e.a) && isCountry.has(e.b)).slice(0, 8);
  const top = pairs[0];
  useEffect(() => {
    if ((!a || !b) && top) navigate({ view: 'dyad', a: top.a, b: top.b, by });
  }, [a, b, top, by]);
  if (countries.length === 0) {
    return (
      <Empty>
        <h2>No events yet</h2>
        <p>
          The store holds no events between countries. Ingest articles with <code>dyad ingest FILES</code> or
          run <code>npm start</code> to load the examples, or try <a href="#/code">coding an article</a>.
        </p>
      </Empty>
    );
  }
  const go = (next: { a?: string | undefined; b?: string | undefined; by?: string }) =>
    navigate({ view: 'dyad', a: next.a ?? a, b: next.b ?? b, by: next.by ?? by });
  const options = (selected: string | undefined) => (
    <>
      {selected && !label.has(selected) && <option value={selected}>{selected}</option>}
      {countries.map((c) => (
        <option key={c.id} value={c.id}>
          {c.label} ({c.id})
        </option>
      ))}
    </>
  );
  return (
    <div class="dyad-view">
      <form class="picker" onSubmit={(e) => e.preventDefault()} aria-label="Choose the pair">
        <label>
          Country A
          <select value={a} onChange={(e) => go({ a: e.currentTarget.value })} data-testid="pick-a">
            {options(a)}
          </select>
        </label>
        <button
          type="button"
          class="swap"
          onClick={() => go({ a: b, b: a })}
          aria-label="Swap the two countries"
        >
          ⇄
        </button>
        <label>
          Country B
          <select value={b} onChange={(e) => go({ b: e.currentTarget.value })} data-testid="pick-b">
            {options(b)}
          </select>
        </label>
        <label>
          Per
          <select value={by} onChange={(e) => go({ by: e.currentTarget.value })}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      </form>
      {pairs.length > 0 && (
        <nav class="chips" aria-label="Pairs with the most events">
          <span>Most active pairs:</span>
          {pairs.map((e) => (
            <a
              key={`${e.a}-${e.b}`}
              href={href({ view: 'dyad', a: e.a, b: e.b, by })}
              aria-current={(e.a === a && e.b === b) || (e.a === b && e.b === a) ? 'true' : undefined}
            >
              {label.get(e.a)} – {label.get(e.b)} <small>({e.events})</small>
            </a>
          ))}
        </nav>
      )}
      {a && b && a !== b && (
        <DyadDetail a={a} b={b} by={by} title={`${label.get(a) ?? a} – ${label.get(b) ?? b}`} />
      )}
      {a && a === b && <Empty>Pick two different countries.</Empty>}
    </div>
  );
}

function DyadDetail({ a, b, by, title }: { a: string; b: string; by: string; title: string }) {
  const series = useFetch(() => loadSeries(a, b, by), [a, b, by]);
  const [extra, setExtra] = useState<{ items: EventWithEvidence[]; next: string | null } | null>(null);
  const events = useFetch(() => api.events({ a, b, evidence: true, limit: 50 }), [a, b]);
  useEffect(() => setExtra(null), [a, b]);
  const more = async () => {
    const next = extra?.next ?? (events.state === 'ok' ? events.data.next : null);
    if (!next) return;
    const page = await api.events({
      a,
      b,
      evidence: true,
      limit: 50,
      offset: Number(new URL(next, location.href).searchParams.get('offset')),
    });
    setExtra({ items: [...(extra?.items ?? []), ...page.items], next: page.next });
  };
  return (
    <section aria-labelledby="dyad-title">
      <h2 id="dyad-title">{title}</h2>
      {series.state === 'loading' && <Loading what="the timeline" />}
      {series.state === 'error' && <ErrorBox message={series.message} />}
      {series.state === 'ok' &&
        (series.data.rows.length === 0 ? (
          <Empty>No dated events between these two.</Empty>
        ) : (
          <Timeline rows={series.data.rows} title={title} />
        ))}
      {series.state === 'ok' && series.data.undated > 0 && (
        <p class="hint">{series.data.undated} event(s) have no date and are not in the timeline.</p>
      )}
      <h3>Events</h3>
      {events.state === 'loading' && <Loading what="events" />}
      {events.state === 'error' && <ErrorBox message={events.message} />}
      {events.state === 'ok' &&
        (events.data.items.length === 0 ? (
          <Empty>No events between these two. Try another pair above.</Empty>
        ) : (
          <>
            <ol class="event-list" data-testid="event-list">
              {[...events.data.items, ...(extra?.items ?? [])].map((e) => (
                <EventCard key={e.id} event={e} />
              ))}
            </ol>
            {(extra ? extra.next : events.data.next) && (
              <button type="button" onClick={more}>
                Show more events
              </button>
            )}
          </>
        ))}
    </section>
  );
}
