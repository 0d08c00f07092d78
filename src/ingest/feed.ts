// RSS 2.0, Atom and RSS 1.0 (RDF) feeds to articles with fast-xml-parser: one input per item, its HTML content
// turned to text, the feed's title as the source. A malformed feed or item is an error naming what was wrong.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DyadError, type InputDoc } from '../core/index.js';
import { htmlFragmentToText } from './html.js';
import { isoDay } from './iso-day.js';

export interface FeedItem {
  input?: InputDoc;
  byline?: string | undefined;
  error?: DyadError;
}

type Node = Record<string, unknown>;

const ARRAYS = new Set(['item', 'entry', 'link', 'outline', 'category']);

export function xmlParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    isArray: (name) => ARRAYS.has(name),
    processEntities: true,
    htmlEntities: true,
    trimValues: true,
  });
}

/** Checks well-formedness; throws a DyadError with the line and column of the first problem. */
export function parseXml(xml: string, origin: string): Node {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new DyadError(
      'ingest',
      'bad_input',
      `${origin}: not well-formed XML (line ${line}, column ${col}: ${msg})`,
    );
  }
  return xmlParser().parse(xml) as Node;
}

/** The items of a feed document; throws when the document is not a feed. */
export function feedItems(xml: string, origin: string, published?: string): FeedItem[] {
  const root = parseXml(xml, origin);
  const rss = root.rss as Node | undefined;
  if (rss) {
    const channel = (rss.channel ?? {}) as Node;
    return items(channel.item, text(channel.title), origin, published, rssItem);
  }
  const atom = root.feed as Node | undefined;
  if (atom) return items(atom.entry, text(atom.title), origin, published, atomEntry);
  const rdf = root['rdf:RDF'] as Node | undefined;
  if (rdf) return items(rdf.item, text((rdf.channel as Node | undefined)?.title), origin, published, rssItem);
  const found = Object.keys(root).find((k) => !k.startsWith('?')) ?? 'nothing';
  throw new DyadError(
    'ingest',
    'bad_input',
    `${origin}: expected an RSS 2.0, Atom or RSS 1.0 feed, found <${found}>`,
  );
}

interface Fields {
  id?: string | undefined;
  title?: string | undefined;
  url?: string | undefined;
  body?: string | undefined;
  date?: string | undefined;
  byline?: string | undefined;
}

function items(
  list: unknown,
  source: string | undefined,
  origin: string,
  published: string | undefined,
  read: (node: Node) => Fields,
): FeedItem[] {
  const nodes = Array.isArray(list) ? (list as Node[]) : [];
  return nodes.map((node, i) => {
    const f = read(node ?? {});
    const id = f.id || f.url || `${origin}#${i + 1}`;
    const body = f.body ? htmlFragmentToText(f.body) : '';
    if (!body) {
      return {
        error: new DyadError(
          'ingest',
          'no_text',
          `${origin}: item ${i + 1} (${id}) has no description or content`,
        ),
      };
    }
    const day = isoDay(f.date) ?? published;
    const input: InputDoc = {
      id,
      text: body,
      ...(f.title ? { title: htmlFragmentToText(f.title) } : {}),
      ...(f.url ? { url: f.url } : {}),
      ...(source ? { source } : {}),
      ...(day ? { published: day } : {}),
    };
    return { input, byline: f.byline };
  });
}

function rssItem(node: Node): Fields {
  const description = text(node.description);
  const encoded = text(node['content:encoded']);
  return {
    id: text(node.guid) ?? text(node['@_rdf:about']),
    title: text(node.title),
    url: linkOf(node.link),
    // The longer of the summary and the full content: some feeds put the article in one, some in the other.
    body: longer(encoded, description),
    date: text(node.pubDate) ?? text(node['dc:date']),
    byline: text(node['dc:creator']) ?? text(node.author),
  };
}

function atomEntry(node: Node): Fields {
  const author = node.author as Node | undefined;
  return {
    id: text(node.id),
    title: text(node.title),
    url: linkOf(node.link),
    body: longer(text(node.content), text(node.summary)),
    date: text(node.published) ?? text(node.updated),
    byline: author ? text(author.name) : undefined,
  };
}

function longer(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.length >= b.length ? a : b;
}

/** Atom links are elements with href (rel="alternate" preferred); RSS links are text. */
function linkOf(value: unknown): string | undefined {
  const links = Array.isArray(value) ? value : value === undefined ? [] : [value];
  let fallback: string | undefined;
  for (const link of links) {
    if (typeof link === 'string') return link.trim() || undefined;
    const node = link as Node;
    const href = text(node['@_href']) ?? text(node);
    const rel = text(node['@_rel']) ?? 'alternate';
    if (href && rel === 'alternate') return href;
    fallback ??= href;
  }
  return fallback;
}

/** The text of a node: a string, a number, or an element with text (and attributes). */
export function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object') return text((value as Node)['#text']);
  return undefined;
}
