// GET /v1/articles (a page of stored articles) and /v1/articles/{id} (text, coded document, copy status).
import { DyadError } from '../../core/index.js';
import type { Mount, RouteDoc } from '../route-doc.js';
import { ArticleDetail, ArticleList, ArticlesQuery, IdParam } from '../schemas.js';
import { parseQuery, parseWith } from '../validate.js';

export const articleDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/v1/articles',
    tag: 'articles',
    summary: 'Stored articles, newest first',
    query: ArticlesQuery,
    response: ArticleList,
    errors: [400],
  },
  {
    method: 'get',
    path: '/v1/articles/{id}',
    tag: 'articles',
    summary: 'One article (by article key or input id) with its text and coded document',
    params: IdParam,
    response: ArticleDetail,
    errors: [404],
  },
];

export const mountArticles: Mount = (app, { store }) => {
  app.get('/v1/articles', async (c) => {
    const { limit, offset } = parseQuery(c, ArticlesQuery);
    return c.json({ items: await store.articles({ limit, offset }), limit, offset });
  });
  app.get('/v1/articles/:id', async (c) => {
    const { id } = parseWith(IdParam, c.req.param(), 'path');
    const article = await store.article(id);
    if (!article) throw new DyadError('api', 'not_found', `no article with id "${id}"`, { status: 404 });
    return c.json(article);
  });
};
