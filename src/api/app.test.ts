// The API through app.request(), no server: every route, bad input, oversized bodies and the token.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../../test/examples-check.js';
import { CodedDoc } from '../core/index.js';
import { createPipeline, type Pipeline } from '../pipeline/index.js';
import { type ApiStore, openApiStore } from './api-store.js';
import { createApp, ROUTES } from './app.js';
import { ingestDocs } from './ingest-docs.js';
import {
  ActorList,
  ArticleDetail,
  ArticleList,
  EventDetail,
  EventPage,
  Health,
  IngestResponse,
  Network,
  PlaceList,
  Problem,
  QuoteList,
  SearchResponse,
  SeriesResponse,
  Stats,
} from './schemas.js';

/** The parts of the OpenAPI document the test reads. */
interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, { parameters: { name: string }[]; security?: unknown }>>;
  components: { schemas: Record<string, unknown> };
}

const TOKEN = 'test-token-0123456789';
let store: ApiStore;
let pipeline: Pipeline;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  pipeline = createPipeline();
  store = await openApiStore(':memory:');
  const docs = loadExamples().map((e) => ({
    id: e.expected.id,
    text: e.text,
    published: e.expected.published,
    ...(e.expected.title ? { title: e.expected.title } : {}),
  }));
  await ingestDocs(store, pipeline, docs);
  app = createApp({ store, pipeline, token: TOKEN, webRoot: null, maxBodyBytes: 20_000 });
});
afterAll(() => store.close());

const get = (path: string) => app.request(path);
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
const auth = { authorization: `Bearer ${TOKEN}` };

async function expectProblem(res: Response, status: number, field?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = Problem.parse(await res.json());
  expect(body.status).toBe(status);
  if (field) expect(body.errors?.map((e) => e.field)).toContain(field);
  return body;
}

describe('POST /v1/code', () => {
  it('codes an article given as JSON, every span pointing into the text', async () => {
    const text = 'Prime Minister Shehbaz Sharif met President Tokayev in Astana on Thursday.';
    const res = await post('/v1/code', JSON.stringify({ id: 'a1', text, published: '2024-07-05' }));
    expect(res.status).toBe(200);
    const doc = CodedDoc.parse(await res.json());
    expect(doc.id).toBe('a1');
    expect(doc.events.length).toBeGreaterThan(0);
    for (const e of doc.events) expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(doc.times.find((t) => t.text.includes('Thursday'))?.value).toBe('2024-07-04');
  });

  it('codes plain text with the date in the query string', async () => {
    const res = await app.request('/v1/code?published=2024-07-05', {
      method: 'POST',
      body: 'Russia accused Ukraine of shelling a school on Tuesday.',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
    expect(res.status).toBe(200);
    const doc = CodedDoc.parse(await res.json());
    expect(doc.published).toBe('2024-07-05');
    expect(doc.id).toBe('doc');
  });

  it.each([
    ['an empty text', JSON.stringify({ text: '  ' }), 'text'],
    ['no text', JSON.stringify({ published: '2024-01-01' }), 'text'],
    ['a bad date', JSON.stringify({ text: 'x', published: '5 July' }), 'published'],
    ['a text that is a number', JSON.stringify({ text: 42 }), 'text'],
  ])('refuses %s, naming the field', async (_name, body, field) => {
    await expectProblem(await post('/v1/code', body), 400, field);
  });

  it('refuses malformed JSON and an empty body', async () => {
    expect((await expectProblem(await post('/v1/code', '{"text": '), 400)).code).toBe('bad_json');
    expect((await expectProblem(await post('/v1/code', ''), 400, 'body')).code).toBe('bad_json');
  });

  it('refuses other media types with 415', async () => {
    await expectProblem(await post('/v1/code', '<p>hi</p>', { 'content-type': 'text/html' }), 415);
  });

  it('refuses a body over the limit with 413', async () => {
    const body = JSON.stringify({ text: 'The talks went on. '.repeat(2000) });
    const problem = await expectProblem(await post('/v1/code', body), 413);
    expect(problem.code).toBe('too_large');
  });

  it('refuses a bad query date for plain text', async () => {
    const res = await app.request('/v1/code?published=yesterday', {
      method: 'POST',
      body: 'Text.',
      headers: { 'content-type': 'text/plain' },
    });
    await expectProblem(res, 400, 'published');
  });
});

describe('POST /v1/articles', () => {
  const article = {
    id: 'api-1',
    text: 'Lithuania expelled two Belarusian diplomats on Monday, the foreign ministry in Vilnius said.',
    published: '2024-03-12',
  };

  it('needs the bearer token', async () => {
    const none = await expectProblem(await post('/v1/articles', JSON.stringify(article)), 401);
    expect(none.detail).toMatch(/Bearer/);
    const wrong = await post('/v1/articles', JSON.stringify(article), { authorization: 'Bearer nope' });
    await expectProblem(wrong, 401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('is closed when the server has no token', async () => {
    const closed = createApp({ store, pipeline, webRoot: null });
    const res = await closed.request('/v1/articles', {
      method: 'POST',
      body: JSON.stringify(article),
      headers: { 'content-type': 'application/json', authorization: 'Bearer anything' },
    });
    expect((await expectProblem(res, 401)).detail).toMatch(/DYAD_API_TOKEN/);
  });

  it('ingests with the token, then knows the article, its copy and a bad one', async () => {
    const first = await post('/v1/articles', JSON.stringify(article), auth);
    expect(first.status).toBe(201);
    const report = IngestResponse.parse(await first.json());
    expect(report).toMatchObject({ coded: 1, errors: 0 });
    expect(report.results[0]!.events).toBeGreaterThan(0);

    const again = await post(
      '/v1/articles',
      JSON.stringify({ articles: [article, { ...article, id: 'api-copy' }, { id: 'api-empty', text: ' ' }] }),
      auth,
    );
    expect(again.status).toBe(201);
    const statuses = IngestResponse.parse(await again.json()).results.map((r) => r.status);
    expect(statuses).toEqual(['exists', 'duplicate', 'error']);

    const stored = await get(`/v1/articles/${article.id}`);
    expect(stored.status).toBe(200);
    expect(ArticleDetail.parse(await stored.json()).coded?.events.length).toBeGreaterThan(0);
  });

  it('refuses a body that is not articles, naming the field', async () => {
    await expectProblem(await post('/v1/articles', JSON.stringify([{ text: 'no id' }]), auth), 400, '0.id');
    await expectProblem(await post('/v1/articles', JSON.stringify([]), auth), 400);
    const big = JSON.stringify({ ...article, text: 'x'.repeat(30_000) });
    await expectProblem(await post('/v1/articles', big, auth), 413);
  });
});

describe('GET /v1/events', () => {
  it('pages through the records with a next link', async () => {
    const first = EventPage.parse(await (await get('/v1/events?limit=3')).json());
    expect(first.items).toHaveLength(3);
    expect(first.next).toBe('/v1/events?limit=3&offset=3');
    const second = EventPage.parse(await (await get(first.next!)).json());
    expect(second.offset).toBe(3);
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    const all = EventPage.parse(await (await get('/v1/events?limit=1000')).json());
    expect(all.next).toBeNull();
  });

  it("takes the CLI's filters", async () => {
    const consult = EventPage.parse(await (await get('/v1/events?type=CONSULT&limit=100')).json());
    expect(consult.items.length).toBeGreaterThan(0);
    expect(consult.items.every((e) => e.type === 'CONSULT')).toBe(true);
    const conflict = EventPage.parse(await (await get('/v1/events?quad=3,4&sort=mentions')).json());
    expect(conflict.items.every((e) => e.quadClass >= 3)).toBe(true);
    const dated = EventPage.parse(await (await get('/v1/events?from=2024-07&to=2024-07')).json());
    expect(dated.items.every((e) => e.day?.startsWith('2024-07'))).toBe(true);
  });

  it('gives the events of a pair, either direction', async () => {
    const pair = EventPage.parse(await (await get('/v1/events?a=PAK&b=KAZ&limit=100')).json());
    expect(pair.items.length).toBeGreaterThan(0);
    for (const e of pair.items) expect(`${e.sourceCode} ${e.targetCode}`).toMatch(/PAK|KAZ/);
  });

  it("carries each record's mentions with evidence=true", async () => {
    const page = EventPage.parse(await (await get('/v1/events?a=PAK&b=KAZ&limit=5&evidence=true')).json());
    for (const e of page.items) {
      expect(e.mentions?.length).toBe(e.numMentions);
      expect(e.mentions?.[0]?.sentence.text).toContain(e.mentions?.[0]?.trigger.text);
    }
    expect(
      EventPage.parse(await (await get('/v1/events?limit=1')).json()).items[0]!.mentions,
    ).toBeUndefined();
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=5000', 'limit'],
    ['offset=-1', 'offset'],
    ['quad=5', 'quad'],
    ['cameo=abc', 'cameo'],
    ['from=July', 'from'],
    ['sort=random', 'sort'],
    ['a=PAK', 'b'],
    ['evidence=yes', 'evidence'],
  ])('refuses %s, naming the field', async (query, field) => {
    await expectProblem(await get(`/v1/events?${query}`), 400, field);
  });
});

describe('GET /v1/events/{id}', () => {
  it('gives every mention with its sentence and trigger', async () => {
    const { items } = EventPage.parse(await (await get('/v1/events?a=PAK&b=KAZ&limit=1')).json());
    const detail = EventDetail.parse(await (await get(`/v1/events/${items[0]!.id}`)).json());
    expect(detail.event.id).toBe(items[0]!.id);
    expect(detail.mentions.length).toBe(detail.event.numMentions);
    for (const m of detail.mentions) {
      const { trigger, sentence } = m;
      expect(sentence.text.slice(trigger.start - sentence.start, trigger.end - sentence.start)).toBe(
        trigger.text,
      );
    }
  });

  it('answers 404 for an unknown id', async () => {
    await expectProblem(await get('/v1/events/ev-none'), 404);
  });
});

describe('GET /v1/series', () => {
  it('counts the dyad by month', async () => {
    const series = SeriesResponse.parse(await (await get('/v1/series?a=PAK&b=KAZ&by=month')).json());
    expect(series.rows.length).toBeGreaterThan(0);
    const row = series.rows[0]!;
    expect(row.q1 + row.q2 + row.q3 + row.q4).toBe(row.events);
  });

  it.each([
    ['a=PAK', 'b'],
    ['a=PAK&b=KAZ&by=year', 'by'],
  ])('refuses %s', async (query, field) => {
    await expectProblem(await get(`/v1/series?${query}`), 400, field);
  });
});

describe('catalog routes', () => {
  it('lists actors, quotes and search hits', async () => {
    const actors = ActorList.parse(await (await get('/v1/actors?match=PAK&limit=5')).json());
    expect(actors.items.length).toBeGreaterThan(0);
    expect(actors.items.every((a) => /PAK/.test(a.code + a.country))).toBe(true);
    const quotes = QuoteList.parse(await (await get('/v1/quotes?speaker=Sharif')).json());
    expect(quotes.items.length).toBeGreaterThan(0);
    const hits = SearchResponse.parse(await (await get('/v1/search?q=tariff')).json());
    expect(hits.items[0]?.docId).toBe('05-colombo-tariff-protest');
    await expectProblem(await get('/v1/search'), 400, 'q');
    await expectProblem(await get('/v1/actors?limit=x'), 400, 'limit');
  });

  it('builds the country network and the event places', async () => {
    const net = Network.parse(await (await get('/v1/network')).json());
    const ids = new Set(net.nodes.map((n) => n.id));
    expect(ids.has('PAK') && ids.has('KAZ')).toBe(true);
    for (const e of net.edges) expect(ids.has(e.a) && ids.has(e.b)).toBe(true);
    expect(net.edges.find((e) => e.a === 'KAZ' && e.b === 'PAK')?.events).toBeGreaterThan(0);
    const actors = Network.parse(await (await get('/v1/network?level=actor')).json());
    expect(actors.nodes.length).toBeGreaterThan(net.nodes.length);
    await expectProblem(await get('/v1/network?level=city'), 400, 'level');
    const places = PlaceList.parse(await (await get('/v1/places')).json());
    expect(places.items.length).toBeGreaterThan(0);
  });

  it('gives stats and health', async () => {
    expect(Stats.parse(await (await get('/v1/stats')).json()).articles).toBeGreaterThanOrEqual(14);
    expect(Health.parse(await (await get('/v1/health')).json())).toMatchObject({
      ok: true,
      engine: 'sqlite',
    });
  });
});

describe('articles', () => {
  it('lists articles and finds one by input id or article key', async () => {
    const list = ArticleList.parse(await (await get('/v1/articles?limit=5')).json());
    expect(list.items).toHaveLength(5);
    const byDoc = ArticleDetail.parse(
      await (await get('/v1/articles/01-sco-astana-pakistan-kazakhstan')).json(),
    );
    const byKey = ArticleDetail.parse(await (await get(`/v1/articles/${byDoc.id}`)).json());
    expect(byKey.docId).toBe('01-sco-astana-pakistan-kazakhstan');
    const doc = CodedDoc.parse(byKey.coded);
    expect(doc.text).toBe(byKey.text);
    await expectProblem(await get('/v1/articles/none'), 404);
  });
});

describe('the service', () => {
  it('publishes OpenAPI 3 covering every route', async () => {
    const doc = (await (await get('/openapi.json')).json()) as OpenApi;
    expect(doc.openapi).toMatch(/^3\./);
    for (const route of ROUTES) expect(doc.paths[route.path]?.[route.method], route.path).toBeDefined();
    const served = app.routes
      .filter((r) => r.path.startsWith('/v1/') && r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = new Set(ROUTES.map((r) => `${r.method} ${r.path}`));
    for (const route of served) expect(documented.has(route), route).toBe(true);
    expect(doc.components.schemas.CodedDoc).toBeDefined();
    const events = doc.paths['/v1/events']!.get!;
    expect(events.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['actor', 'type', 'quad', 'from', 'to', 'limit', 'offset']),
    );
    expect(doc.paths['/v1/articles']!.post!.security).toEqual([{ bearer: [] }]);
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of new Set(refs)) {
      const name = ref.replace(/^"\$ref":"#\/components\/schemas\//, '').replace(/"$/, '');
      expect(doc.components.schemas[name], ref).toBeDefined();
    }
  });

  it('answers unknown routes with a 404 problem, and other methods with 405', async () => {
    await expectProblem(await get('/v2/nothing'), 404);
    const res = await app.request('/v1/events', { method: 'DELETE' });
    await expectProblem(res, 405);
    expect(res.headers.get('allow')).toBe('GET');
    expect((await app.request('/v1/code')).headers.get('allow')).toBe('POST');
  });

  it('hides internal errors from clients and reports them to the log', async () => {
    const lines: string[] = [];
    const broken = {
      ...store,
      events: async () => {
        throw new Error('secret detail');
      },
    } as ApiStore;
    const failing = createApp({ store: broken, pipeline, webRoot: null, log: (l) => lines.push(l) });
    const res = await failing.request('/v1/events');
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(text).not.toMatch(/secret|at |\.ts/);
    expect(lines.join('\n')).toMatch(/secret detail/);
  });

  it('serves the dashboard when built, and says how to build it when not', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dyad-web-'));
    const missing = createApp({ store, pipeline, webRoot: root });
    expect((await missing.request('/')).status).toBe(503);
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>dyad</title>');
    const built = createApp({ store, pipeline, webRoot: root });
    const res = await built.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await res.text()).toMatch(/<title>dyad/);
  });
});
