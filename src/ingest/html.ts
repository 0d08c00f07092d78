// HTML pages to articles with Readability over linkedom: title, byline, site, publication date and plain text.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DyadError, type InputDoc } from '../core/index.js';

const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datePublished',
  'pubdate',
  'date',
  'dc.date',
  'DC.date.issued',
  'sailthru.date',
  'parsely-pub-date',
];

/** Extracts the article in an HTML page; throws `no_text` when the page has no readable text. */
export function htmlToInput(html: string, id: string): InputDoc {
  return htmlToArticle(html, id).input;
}

/** The page's article with what `dyad ingest` also keeps: the byline and the site's name. */
export function htmlToArticle(
  html: string,
  id: string,
): { input: InputDoc; byline: string | undefined; siteName: string | undefined } {
  const { document } = parseHTML(html);
  const siteName = metaContent(document, 'og:site_name');
  let byline = metaContent(document, 'author') ?? metaContent(document, 'article:author');
  const published = metaDate(document) ?? timeElementDate(document);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  let title = document.querySelector('title')?.textContent?.trim() || undefined;
  let text = '';
  try {
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 100,
    }).parse();
    if (article) {
      title = article.title?.trim() || title;
      byline = article.byline?.trim() || byline;
      text = paragraphsOf(article.content ?? '') || (article.textContent ?? '').trim();
    }
  } catch {
    // Readability gives up on some broken pages; fall back to the body text below.
  }
  if (!text) text = (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
  if (!text) throw new DyadError('ingest', 'no_text', `${id}: the HTML page has no readable text`);
  const input: InputDoc = {
    id,
    text,
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
  };
  return { input, byline, siteName };
}

/** The text of an HTML fragment (a feed item's content), one paragraph per block. */
export function htmlFragmentToText(fragment: string): string {
  if (!/<[a-z!/]/i.test(fragment)) return fragment.trim();
  const text = paragraphsOf(fragment);
  if (text) return text;
  const { document } = parseHTML(`<html><body>${fragment}</body></html>`);
  return (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
}

function metaContent(
  document: { querySelector(s: string): { getAttribute(n: string): string | null } | null },
  name: string,
): string | undefined {
  const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
  return el?.getAttribute('content')?.trim() || undefined;
}

function paragraphsOf(content: string): string {
  const { document } = parseHTML(`<html><body>${content}</body></html>`);
  const blocks = [...document.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, pre')];
  const texts = blocks
    .filter((el) => !el.querySelector('p, li'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return texts.join('\n\n');
}

function metaDate(document: { querySelector(s: string): { getAttribute(n: string): string | null } | null }) {
  for (const name of DATE_META) {
    const el = document.querySelector(
      `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
    );
    const value = isoDay(el?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

function timeElementDate(document: {
  querySelector(s: string): { getAttribute(n: string): string | null } | null;
}) {
  return isoDay(document.querySelector('time[datetime]')?.getAttribute('datetime'));
}

function isoDay(value: string | null | undefined): string | undefined {
  const match = value?.match(/^(\d{4}-\d{2}-\d{2})/);
  return match?.[1];
}
