// OPML reading lists: the feeds they name (xmlUrl), as local paths resolved against the list's folder,
// file:// URLs, or http(s) URLs fetched once each.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../core/index.js';
import { decodeText } from './decode.js';
import { parseXml, text } from './feed.js';

type Node = Record<string, unknown>;

export function opmlFeeds(xml: string, origin: string): string[] {
  const root = parseXml(xml, origin);
  const opml = root.opml as Node | undefined;
  if (!opml) {
    throw new DyadError(
      'ingest',
      'bad_input',
      `${origin}: expected an OPML document, found no <opml> element`,
    );
  }
  const urls: string[] = [];
  const visit = (outlines: unknown) => {
    for (const outline of Array.isArray(outlines) ? (outlines as Node[]) : []) {
      const url = text(outline['@_xmlUrl']);
      if (url) urls.push(url);
      visit(outline.outline);
    }
  };
  visit(((opml.body ?? {}) as Node).outline);
  return urls;
}

export interface FetchOptions {
  /** false: http(s) feeds are reported as errors instead of fetched. */
  fetch?: boolean;
  timeoutMs?: number;
}

/** Reads one feed named in an OPML list; throws a DyadError naming the list and the feed. */
export async function loadFeed(url: string, opmlPath: string, options: FetchOptions = {}): Promise<string> {
  const origin = `${opmlPath}: feed ${url}`;
  if (/^https?:\/\//i.test(url)) {
    if (options.fetch === false) {
      throw new DyadError('ingest', 'bad_input', `${origin}: remote feeds are not fetched (--no-fetch)`);
    }
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
    } catch (cause) {
      throw new DyadError('ingest', 'not_found', `${origin}: could not be fetched (${reason(cause)})`, {
        cause,
      });
    }
    if (!response.ok) {
      throw new DyadError('ingest', 'not_found', `${origin}: expected HTTP 200, found ${response.status}`);
    }
    return decodeText(new Uint8Array(await response.arrayBuffer()), url);
  }
  const path = url.startsWith('file://') ? fileURLToPath(url) : resolve(dirname(opmlPath), url);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new DyadError('ingest', 'not_found', `${origin}: no such file ${path}`, { cause });
  }
  return decodeText(bytes, path);
}

function reason(error: unknown): string {
  if (error instanceof Error) return error.cause instanceof Error ? error.cause.message : error.message;
  return String(error);
}
