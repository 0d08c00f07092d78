// POST /v1/code: code one article on the fly (nothing stored); POST /v1/articles: ingest into the store.
import { z } from 'zod';
import { CodedDoc, InputDoc } from '../../core/index.js';
import { requireToken } from '../auth.js';
import { ingestDocs } from '../ingest-docs.js';
import type { Mount, RouteDoc } from '../route-doc.js';
import { CodeBody, CodeTextQuery, IngestBody, IngestList, IngestResponse } from '../schemas.js';
import { jsonBody, mediaType, parseQuery, parseWith, unsupportedMedia } from '../validate.js';

export const codingDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/v1/code',
    tag: 'coding',
    summary: 'Code one article into a coded document (nothing is stored)',
    description:
      'JSON: an article {text, published?, id?, url?, source?, title?}. text/plain: the text itself, with ' +
      '`published` and `id` in the query string.',
    query: CodeTextQuery,
    body: { schema: CodeBody, media: ['application/json', 'text/plain'], description: 'the article' },
    response: CodedDoc,
    errors: [400, 413, 415],
  },
  {
    method: 'post',
    path: '/v1/articles',
    tag: 'articles',
    summary: 'Ingest articles into the store (code, deduplicate, merge events)',
    description:
      'One article, a list of articles, or {articles: [...]}. Needs the bearer token (DYAD_API_TOKEN).',
    body: { schema: IngestBody, media: ['application/json'], description: 'the articles' },
    response: IngestResponse,
    auth: true,
    errors: [400, 401, 413, 415],
  },
];

export const mountCoding: Mount = (app, { store, pipeline, token }) => {
  app.post('/v1/code', async (c) => {
    const media = mediaType(c);
    if (media === 'text/plain') {
      const query = parseQuery(c, CodeTextQuery);
      const body = parseWith(CodeBody, { ...query, text: await c.req.text() }, 'body');
      return c.json(pipeline.code(body));
    }
    if (media !== 'application/json') throw unsupportedMedia(media, ['application/json', 'text/plain']);
    return c.json(pipeline.code(parseWith(CodeBody, await jsonBody(c), 'body')));
  });

  // One ingest at a time: coding is synchronous anyway, and the deduper must see earlier writes.
  let queue: Promise<unknown> = Promise.resolve();
  app.post('/v1/articles', requireToken(token), async (c) => {
    const media = mediaType(c);
    if (media !== 'application/json') throw unsupportedMedia(media, ['application/json']);
    const docs = articlesOf(await jsonBody(c));
    const run = queue.then(() => ingestDocs(store, pipeline, docs));
    queue = run.catch(() => {});
    const report = await run;
    return c.json(report, report.coded + report.duplicates > 0 ? 201 : 200);
  });
};

/** The body's articles; checked against the one form it has, so errors name the field ("0.text"). */
function articlesOf(body: unknown): InputDoc[] {
  if (Array.isArray(body)) return parseWith(IngestList, body, 'body');
  if (body && typeof body === 'object' && 'articles' in body) {
    return parseWith(z.object({ articles: IngestList }), body, 'body').articles;
  }
  return [parseWith(InputDoc, body, 'body')];
}
