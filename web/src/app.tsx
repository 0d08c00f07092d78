// The dashboard shell: a header with the views, the counts of the store, and the current view.
import { api } from './api';
import { href, type Route } from './router';
import { useFetch } from './use-fetch';
import { useRoute } from './use-route';
import { ArticlesView } from './views/articles-view';
import { CodeView } from './views/code-view';
import { DyadView } from './views/dyad-view';
import { EventView } from './views/event-view';
import { MapView } from './views/map-view';
import { NetworkView } from './views/network-view';

const NAV: { label: string; route: Route; views: Route['view'][] }[] = [
  { label: 'Dyad', route: { view: 'dyad' }, views: ['dyad', 'event'] },
  { label: 'Network', route: { view: 'network', level: 'country' }, views: ['network'] },
  { label: 'Map', route: { view: 'map' }, views: ['map'] },
  { label: 'Articles', route: { view: 'articles' }, views: ['articles'] },
  { label: 'Code an article', route: { view: 'code' }, views: ['code'] },
];

export function App() {
  const route = useRoute();
  const stats = useFetch(() => api.stats(), [route.view]);
  return (
    <>
      <button type="button" class="skip" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <header class="top">
        <h1>
          <a href="#/dyad">dyad</a>
        </h1>
        <nav aria-label="Views">
          {NAV.map((n) => (
            <a
              key={n.label}
              href={href(n.route)}
              aria-current={n.views.includes(route.view) ? 'page' : undefined}
            >
              {n.label}
            </a>
          ))}
        </nav>
        <p class="counts">
          {stats.state === 'ok' &&
            `${stats.data.articles} articles · ${stats.data.events} events · ${stats.data.mentions} mentions · ${stats.data.quotes} quotes`}
        </p>
      </header>
      <main id="main" tabIndex={-1}>
        <View route={route} />
      </main>
    </>
  );
}

function View({ route }: { route: Route }) {
  switch (route.view) {
    case 'dyad':
      return <DyadView a={route.a} b={route.b} by={route.by} />;
    case 'event':
      return <EventView id={route.id} />;
    case 'network':
      return <NetworkView level={route.level} focus={route.focus} />;
    case 'map':
      return <MapView />;
    case 'articles':
      return <ArticlesView id={route.id} />;
    case 'code':
      return <CodeView />;
  }
}
