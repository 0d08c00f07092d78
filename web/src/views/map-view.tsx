// The map: event places on an offline world map (world-atlas), sized by mentions and coloured by mean
// Goldstein; choosing a place lists its events.
import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { useMemo, useState } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { api } from '../api';
import { Empty, ErrorBox, Loading } from '../components/status';
import { formatGoldstein, goldsteinColor } from '../lib/colors';
import type { PlaceAggregate } from '../types';
import { useFetch } from '../use-fetch';
import { EventCard } from './event-card';

const WIDTH = 960;
const HEIGHT = 480;

export function MapView() {
  const places = useFetch(() => api.places(), []);
  const [selected, setSelected] = useState<PlaceAggregate | null>(null);
  return (
    <div class="map-view">
      {places.state === 'loading' && <Loading what="places" />}
      {places.state === 'error' && <ErrorBox message={places.message} />}
      {places.state === 'ok' && (
        <>
          {places.data.items.length === 0 && (
            <Empty>
              No event has a known place yet: ingest articles, or run npm start to load the examples.
            </Empty>
          )}
          <WorldMap places={places.data.items} selected={selected} onSelect={setSelected} />
          {places.data.items.length > 0 && (
            <div class="map-side">
              <PlaceTable places={places.data.items} selected={selected} onSelect={setSelected} />
              {selected && <PlaceEvents place={selected} />}
            </div>
          )}
        </>
      )}
    </div>
  );
}

function WorldMap({
  places,
  selected,
  onSelect,
}: {
  places: PlaceAggregate[];
  selected: PlaceAggregate | null;
  onSelect: (p: PlaceAggregate) => void;
}) {
  const { path, projection, land } = useMemo(() => {
    const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
    const land = feature(topology, topology.objects.countries) as FeatureCollection;
    const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
    return { path: geoPath(projection), projection, land };
  }, []);
  const maxMentions = Math.max(1, ...places.map((p) => p.mentions));
  return (
    <figure class="world" data-testid="world-map">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`World map with ${places.length} event places`}
      >
        <path d={path({ type: 'Sphere' }) ?? ''} class="ocean" />
        <path d={path(geoGraticule10()) ?? ''} class="graticule" />
        {land.features.map((f, i) => (
          <path key={String(f.id ?? i)} d={path(f) ?? ''} class="land" />
        ))}
        {[...places]
          .sort((x, y) => y.mentions - x.mentions)
          .map((p) => {
            const xy = projection([p.lon, p.lat]);
            if (!xy) return null;
            const r = 4 + 14 * Math.sqrt(p.mentions / maxMentions);
            return (
              // biome-ignore lint/a11y/noStaticElementInteractions: a mouse shortcut; the place table is the keyboard path
              <circle
                key={`${p.name}|${p.country}`}
                cx={xy[0]}
                cy={xy[1]}
                r={r}
                fill={goldsteinColor(p.goldsteinMean)}
                class={`place${selected === p ? ' selected' : ''}`}
                onClick={() => onSelect(p)}
              >
                <title>
                  {p.name}
                  {p.country ? `, ${p.country}` : ''}: {p.events} events, {p.mentions} mentions, mean
                  Goldstein {formatGoldstein(p.goldsteinMean)}
                </title>
              </circle>
            );
          })}
      </svg>
      <figcaption>
        Circles: event places, area by mentions; colour by mean Goldstein (red conflict, blue cooperation).
        Map data: Natural Earth via world-atlas, bundled (no tiles).
      </figcaption>
    </figure>
  );
}

function PlaceTable({
  places,
  selected,
  onSelect,
}: {
  places: PlaceAggregate[];
  selected: PlaceAggregate | null;
  onSelect: (p: PlaceAggregate) => void;
}) {
  return (
    <table class="compact places">
      <caption>Places</caption>
      <thead>
        <tr>
          <th scope="col">Place</th>
          <th scope="col">Events</th>
          <th scope="col">Mentions</th>
          <th scope="col">Goldstein</th>
        </tr>
      </thead>
      <tbody>
        {places.map((p) => (
          <tr key={`${p.name}|${p.country}`} aria-selected={selected === p}>
            <td>
              <button type="button" class="link" onClick={() => onSelect(p)}>
                {p.name}
                {p.country ? `, ${p.country}` : ''}
              </button>
            </td>
            <td>{p.events}</td>
            <td>{p.mentions}</td>
            <td>{formatGoldstein(p.goldsteinMean)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PlaceEvents({ place }: { place: PlaceAggregate }) {
  const events = useFetch(() => api.events({ place: place.name, evidence: true, limit: 50 }), [place.name]);
  return (
    <section class="place-events" aria-live="polite">
      <h3>Events in {place.name}</h3>
      {events.state === 'loading' && <Loading what="events" />}
      {events.state === 'error' && <ErrorBox message={events.message} />}
      {events.state === 'ok' && (
        <ol class="event-list">
          {events.data.items.map((e) => (
            <EventCard key={e.id} event={e} />
          ))}
        </ol>
      )}
    </section>
  );
}
