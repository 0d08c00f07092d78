// Stored articles: a list to choose from, and the chosen one with every coded item highlighted and its
// coded JSON beside it.
import { api } from '../api';
import { CodedArticle } from '../components/coded-article';
import { Empty, ErrorBox, Loading } from '../components/status';
import { href } from '../router';
import type { ArticleDetail } from '../types';
import { useFetch } from '../use-fetch';

export function ArticlesView({ id }: { id?: string | undefined }) {
  const list = useFetch(() => api.articles(), []);
  return (
    <div class="articles-view">
      <nav class="article-list" aria-label="Articles">
        <h2>Articles</h2>
        {list.state === 'loading' && <Loading what="articles" />}
        {list.state === 'error' && <ErrorBox message={list.message} />}
        {list.state === 'ok' &&
          (list.data.items.length === 0 ? (
            <Empty>
              No articles stored yet. Run <code>dyad ingest</code>, or <a href="#/code">code one here</a>.
            </Empty>
          ) : (
            <ul>
              {list.data.items.map((a) => (
                <li key={a.id}>
                  <a
                    href={href({ view: 'articles', id: a.id })}
                    aria-current={a.id === id || a.docId === id ? 'page' : undefined}
                  >
                    {a.title ?? a.docId}
                  </a>
                  <small>
                    {a.published ?? 'undated'} · {a.mentions} events{a.duplicateOf ? ' · copy' : ''}
                  </small>
                </li>
              ))}
            </ul>
          ))}
      </nav>
      <div class="article-main">
        {id ? <ArticleById id={id} /> : <Empty>Choose an article to see what dyad coded in it.</Empty>}
      </div>
    </div>
  );
}

function ArticleById({ id }: { id: string }) {
  const article = useFetch(() => api.article(id), [id]);
  if (article.state === 'loading') return <Loading what="the article" />;
  if (article.state === 'error') return <ErrorBox message={article.message} />;
  return <ArticleBody article={article.data} />;
}

function ArticleBody({ article }: { article: ArticleDetail }) {
  return (
    <article aria-labelledby="article-title">
      <h2 id="article-title">{article.title ?? article.docId}</h2>
      <p class="hint">
        {article.published ?? 'no publication date'}
        {article.source && ` · ${article.source}`}
        {article.url && (
          <>
            {' · '}
            <a href={article.url} rel="noreferrer noopener" target="_blank">
              original
            </a>
          </>
        )}
        {article.duplicateOf &&
          ` · a ${article.dupKind ?? ''} copy of ${article.duplicateOf}; showing its first copy`}
      </p>
      {article.coded ? (
        <CodedArticle doc={article.coded} />
      ) : (
        <ErrorBox message="This article's coded document could not be read from the store." />
      )}
    </article>
  );
}
