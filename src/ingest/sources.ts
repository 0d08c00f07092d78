// `dyad ingest` inputs: files, folders (recursively, in name order), stdin; text, HTML, JSON Lines, feeds
// and OPML lists, by extension or, for stdin and unknown extensions, by content. One item per article or
// per problem; a bad file, line or item never stops the others. Streams: one article in memory at a time
// (a feed file is parsed whole).
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { DyadError, type InputDoc } from '../core/index.js';
import { decodeText } from './decode.js';
import { feedItems } from './feed.js';
import { htmlToArticle } from './html.js';
import { isoDay } from './iso-day.js';
import { loadFeed, opmlFeeds } from './opml.js';
import { BadLine, readJsonLines } from './read.js';

export type SourceKind = 'text' | 'html' | 'jsonl' | 'feed' | 'opml';

export interface SourceDoc {
  input: InputDoc;
  byline?: string | undefined;
  /** The file (and line or item) it came from, for messages. */
  origin: string;
  /** Input bytes consumed up to and including this item (for progress). */
  bytes: number;
}

export interface SourceError {
  error: DyadError;
  origin: string;
  bytes: number;
}

export type SourceItem = SourceDoc | SourceError;

export interface SourceOptions {
  /** Publication date for inputs that carry none. */
  published?: string;
  /** Force one kind for every input (default: by extension, else by content). */
  kind?: SourceKind;
  /** false: OPML lists do not fetch http(s) feeds. */
  fetch?: boolean;
  /** Called for files skipped in folders (unknown extension). */
  onSkip?: (path: string) => void;
}

const EXTENSIONS: Record<string, SourceKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
  '.xml': 'feed',
  '.opml': 'opml',
};

export function kindOfPath(path: string): SourceKind | undefined {
  return EXTENSIONS[extname(path).toLowerCase()];
}

/** What a text looks like, for stdin and files without a known extension. */
export function sniffKind(head: string): SourceKind {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return 'jsonl';
  const xml = start.replace(/^<\?xml[^>]*\?>\s*/i, '').replace(/^(<!--[\s\S]*?-->\s*)+/, '');
  if (/^<opml[\s>]/i.test(xml)) return 'opml';
  if (/^<(rss|feed|rdf:RDF)[\s>]/i.test(xml)) return 'feed';
  if (/^<(!doctype html|html)[\s>]/i.test(xml)) return 'html';
  return 'text';
}

/** Files each path stands for, in the order they are read; ids are paths relative to a folder argument. */
export async function* expandPaths(
  paths: readonly string[],
  onSkip?: (path: string) => void,
): AsyncGenerator<{ path: string; id: string; kind: SourceKind | undefined } | SourceError> {
  for (const path of paths) {
    if (path === '-') {
      yield { path, id: 'stdin', kind: undefined };
      continue;
    }
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      yield {
        error: new DyadError('ingest', 'not_found', `${path}: no such file or folder`),
        origin: path,
        bytes: 0,
      };
    } else if (info.isDirectory()) {
      for await (const file of walk(path)) {
        const kind = kindOfPath(file);
        if (!kind) {
          onSkip?.(file);
          continue;
        }
        yield { path: file, id: relative(path, file).split(sep).join('/'), kind };
      }
    } else {
      yield { path, id: basename(path), kind: kindOfPath(path) };
    }
  }
}

/** Total bytes of the files the paths stand for (stdin counts 0), for a progress bar's ETA. */
export async function measurePaths(paths: readonly string[]): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for await (const item of expandPaths(paths)) {
    if ('error' in item || item.path === '-') continue;
    files++;
    bytes += (await stat(item.path).catch(() => ({ size: 0 }))).size;
  }
  return { files, bytes };
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

export async function* readSources(
  paths: readonly string[],
  options: SourceOptions = {},
): AsyncGenerator<SourceItem> {
  let consumed = 0;
  for await (const file of expandPaths(paths, options.onSkip)) {
    if ('error' in file) {
      yield file;
      continue;
    }
    const base = consumed;
    let size = 0;
    try {
      for await (const item of readFileSource(file.path, file.id, file.kind, options)) {
        size = Math.max(size, item.bytes);
        yield { ...item, bytes: base + item.bytes };
      }
    } catch (error) {
      const dyad =
        error instanceof DyadError
          ? error
          : new DyadError(
              'ingest',
              'bad_input',
              `${file.path}: ${error instanceof Error ? error.message : String(error)}`,
            );
      yield { error: dyad, origin: file.path, bytes: base + size };
    }
    if (file.path !== '-') size = (await stat(file.path).catch(() => ({ size }))).size;
    consumed = base + size;
  }
}

async function* readFileSource(
  path: string,
  id: string,
  extensionKind: SourceKind | undefined,
  options: SourceOptions,
): AsyncGenerator<SourceItem> {
  const stdin = path === '-';
  const name = stdin ? 'stdin' : path;
  let kind = options.kind ?? extensionKind;
  let stream: Readable | undefined;
  if (!kind) {
    if (stdin) {
      const iterator = process.stdin[Symbol.asyncIterator]();
      const first = await iterator.next();
      const head = first.done ? '' : String(first.value);
      kind = sniffKind(head);
      stream = Readable.from(
        (async function* () {
          if (!first.done) yield first.value as Buffer;
          for (let next = await iterator.next(); !next.done; next = await iterator.next())
            yield next.value as Buffer;
        })(),
      );
    } else {
      const head = (await readFile(path)).subarray(0, 4096);
      kind = sniffKind(head.toString('utf8'));
    }
  }
  if (kind === 'jsonl') {
    yield* readJsonl(stream ?? (stdin ? process.stdin : createReadStream(path)), name, options.published);
    return;
  }
  const bytes = stream ? await collect(stream) : stdin ? await collect(process.stdin) : await readFile(path);
  const text = decodeText(bytes, name);
  const size = bytes.length;
  if (kind === 'feed') {
    yield* feedSource(text, name, size, options.published);
  } else if (kind === 'opml') {
    const urls = opmlFeeds(text, name);
    for (const url of urls) {
      try {
        const xml = await loadFeed(url, name, { fetch: options.fetch ?? true });
        yield* feedSource(xml, `${name} → ${url}`, 0, options.published);
      } catch (error) {
        if (!(error instanceof DyadError)) throw error;
        yield { error, origin: `${name} → ${url}`, bytes: 0 };
      }
    }
    yield* [];
  } else if (kind === 'html') {
    const { input, byline, siteName } = htmlToArticle(text, id);
    if (siteName && !input.source) input.source = siteName;
    if (!input.published && options.published) input.published = options.published;
    yield { input, byline, origin: name, bytes: size };
  } else {
    yield { input: textInput(text, id, options.published), origin: name, bytes: size };
  }
}

function* feedSource(xml: string, origin: string, size: number, published?: string): Generator<SourceItem> {
  const items = feedItems(xml, origin, published);
  for (const [i, item] of items.entries()) {
    const bytes = Math.round((size * (i + 1)) / items.length);
    if (item.error) yield { error: item.error, origin, bytes };
    else if (item.input)
      yield { input: item.input, byline: item.byline, origin: `${origin} item ${i + 1}`, bytes };
  }
}

/** A text file: the first line is its title when it is short and followed by a blank line. */
export function textInput(text: string, id: string, published?: string): InputDoc {
  const title = text.match(/^\s*([^\n]{1,200})\r?\n\s*\r?\n/)?.[1]?.trim();
  return { id, text, ...(title ? { title } : {}), ...(published ? { published } : {}) };
}

async function* readJsonl(stream: Readable, name: string, published?: string): AsyncGenerator<SourceItem> {
  let bytes = 0;
  let line = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  stream.on('error', (error) => counter.destroy(error));
  const counted = stream.pipe(counter).setEncoding('utf8');
  for await (const item of readJsonLines(counted, published)) {
    line++;
    if (item instanceof BadLine) {
      const message = item.message.replace(/^\[dyad:[^\]]+\] /, '');
      yield { error: new DyadError('ingest', item.code, `${name}: ${message}`), origin: name, bytes };
      continue;
    }
    const day = typeof item.published === 'string' ? isoDay(item.published) : undefined;
    if (item.published !== undefined && !day) {
      yield {
        error: new DyadError(
          'ingest',
          'bad_input',
          `${name}: document ${item.id}: field "published": expected a date, found ${JSON.stringify(item.published)}`,
        ),
        origin: name,
        bytes,
      };
      continue;
    }
    const input: InputDoc = { ...item, ...(day ? { published: day } : {}) };
    yield { input, origin: `${name} (document ${item.id}, item ${line})`, bytes };
  }
}

async function collect(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}
