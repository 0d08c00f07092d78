// Hash routes (#/dyad/PAK/KAZ, #/event/ID, #/network, #/map, #/articles/ID, #/code): deep links work
// without any server fallback, and the back button moves between views. Pure: parse and print only.
export type Route =
  | { view: 'dyad'; a?: string; b?: string; by?: string }
  | { view: 'event'; id: string }
  | { view: 'network'; level: 'country' | 'actor'; focus?: string }
  | { view: 'map' }
  | { view: 'articles'; id?: string }
  | { view: 'code' };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  switch (parts[0]) {
    case 'event':
      return parts[1] ? { view: 'event', id: parts[1] } : { view: 'dyad' };
    case 'network':
      return {
        view: 'network',
        level: params.get('level') === 'actor' ? 'actor' : 'country',
        ...(params.get('focus') ? { focus: params.get('focus')! } : {}),
      };
    case 'map':
      return { view: 'map' };
    case 'articles':
      return parts[1] ? { view: 'articles', id: parts[1] } : { view: 'articles' };
    case 'code':
      return { view: 'code' };
    default:
      return {
        view: 'dyad',
        ...(parts[1] ? { a: parts[1] } : {}),
        ...(parts[2] ? { b: parts[2] } : {}),
        ...(params.get('by') ? { by: params.get('by')! } : {}),
      };
  }
}

export function href(route: Route): string {
  const e = encodeURIComponent;
  switch (route.view) {
    case 'event':
      return `#/event/${e(route.id)}`;
    case 'network': {
      const params = new URLSearchParams();
      if (route.level === 'actor') params.set('level', 'actor');
      if (route.focus) params.set('focus', route.focus);
      const query = params.toString();
      return `#/network${query ? `?${query}` : ''}`;
    }
    case 'map':
      return '#/map';
    case 'articles':
      return route.id ? `#/articles/${e(route.id)}` : '#/articles';
    case 'code':
      return '#/code';
    case 'dyad': {
      const pair = route.a && route.b ? `/${e(route.a)}/${e(route.b)}` : '';
      return `#/dyad${pair}${route.by && route.by !== 'auto' ? `?by=${route.by}` : ''}`;
    }
  }
}
