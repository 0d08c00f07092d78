// Feeds, OPML lists and near-duplicate fingerprints, on tiny documents written for these tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedItems } from './feed.js';
import { MINHASH, signature, similarity } from './minhash.js';
import { loadFeed, opmlFeeds } from './opml.js';
import { sniffKind } from './sources.js';

const RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Steppe Wire</title>
<item><title>Leaders meet in Astana</title><link>https://example.org/a</link><guid>tag:a</guid>
<pubDate>Thu, 04 Jul 2024 18:30:00 GMT</pubDate><dc:creator>A. Writer</dc:creator>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>Prime Minister Sharif met President Tokayev &amp; aides.</p><p>They agreed to expand trade.</p>]]></content:encoded></item>
<item><title>Empty</title><guid>tag:b</guid></item>
</channel></rss>`;

const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><id>urn:x:1</id><title type="html">Ministers &lt;b&gt;talk&lt;/b&gt;</title>
<link rel="self" href="https://example.org/self"/><link rel="alternate" href="https://example.org/1"/>
<published>2024-05-29T09:00:00+02:00</published><author><name>B. Reporter</name></author>
<summary>The EU blacklisted tankers.</summary></entry></feed>`;

const RDF = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://example.org/"><title>RDF Times</title></channel>
<item rdf:about="https://example.org/r1"><title>Protest</title><link>https://example.org/r1</link>
<description>Police fired tear gas in Colombo.</description><dc:date>2023-06-20</dc:date></item></rdf:RDF>`;

describe('feeds', () => {
  it('reads RSS 2.0 items: the longer of content and description, as text; date; source; byline', () => {
    const [first, second] = feedItems(RSS, 'feed.rss');
    expect(first!.input).toEqual({
      id: 'tag:a',
      text: 'Prime Minister Sharif met President Tokayev & aides.\n\nThey agreed to expand trade.',
      title: 'Leaders meet in Astana',
      url: 'https://example.org/a',
      source: 'Steppe Wire',
      published: '2024-07-04',
    });
    expect(first!.byline).toBe('A. Writer');
    expect(second!.error?.message).toBe(
      '[dyad:ingest] feed.rss: item 2 (tag:b) has no description or content',
    );
  });

  it('reads Atom entries: the alternate link, HTML titles as text', () => {
    const [entry] = feedItems(ATOM, 'feed.atom');
    expect(entry!.input).toMatchObject({
      id: 'urn:x:1',
      title: 'Ministers talk',
      url: 'https://example.org/1',
      source: 'Atom Desk',
      published: '2024-05-29',
      text: 'The EU blacklisted tankers.',
    });
    expect(entry!.byline).toBe('B. Reporter');
  });

  it('reads RSS 1.0 (RDF) items', () => {
    const [item] = feedItems(RDF, 'feed.rdf');
    expect(item!.input).toMatchObject({
      id: 'https://example.org/r1',
      source: 'RDF Times',
      published: '2023-06-20',
    });
  });

  it.each([
    ['<rss><channel><item>', /feed.xml: not well-formed XML \(line 1, column \d+: /],
    ['<html><body>hi</body></html>', /feed.xml: expected an RSS 2.0, Atom or RSS 1.0 feed, found <html>/],
  ])('refuses a malformed feed with the file and the problem: %s', (xml, message) => {
    expect(() => feedItems(xml, 'feed.xml')).toThrow(message);
  });

  it('takes a publication date for items that carry none', () => {
    const xml = '<rss><channel><item><description>Talks went on.</description></item></channel></rss>';
    expect(feedItems(xml, 'f', '2024-01-02')[0]!.input).toMatchObject({ id: 'f#1', published: '2024-01-02' });
  });
});

describe('OPML lists', () => {
  it('lists nested xmlUrl outlines and loads local feeds relative to the list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-opml-'));
    writeFileSync(join(dir, 'a.rss'), RSS);
    const opml = `<opml version="2.0"><body><outline text="news"><outline xmlUrl="a.rss"/><outline xmlUrl="missing.rss"/></outline></body></opml>`;
    expect(opmlFeeds(opml, 'list.opml')).toEqual(['a.rss', 'missing.rss']);
    const list = join(dir, 'list.opml');
    expect(await loadFeed('a.rss', list)).toContain('Steppe Wire');
    await expect(loadFeed('missing.rss', list)).rejects.toThrow(/list.opml: feed missing.rss: no such file/);
    await expect(loadFeed('https://example.org/feed', list, { fetch: false })).rejects.toThrow(/--no-fetch/);
  });

  it('refuses a document that is not OPML', () => {
    expect(() => opmlFeeds('<rss/>', 'x.opml')).toThrow(/x.opml: expected an OPML document/);
  });
});

describe('input kinds by content', () => {
  it.each([
    ['{"id": "1"}', 'jsonl'],
    ['<?xml version="1.0"?>\n<rss version="2.0">', 'feed'],
    ['<?xml version="1.0"?><!-- c --><feed xmlns="x">', 'feed'],
    ['<opml version="1.0">', 'opml'],
    ['<!DOCTYPE html><html>', 'html'],
    ['ASTANA — Leaders met.', 'text'],
  ])('%s → %s', (head, kind) => {
    expect(sniffKind(head)).toBe(kind);
  });
});

describe('MinHash near-duplicates', () => {
  const body =
    'Prime Minister Shehbaz Sharif and President Kassym-Jomart Tokayev agreed on Thursday to raise trade between Pakistan and Kazakhstan to one billion dollars over the next five years, officials said after talks in Astana on the sidelines of the regional summit. The two leaders also discussed rail links through Afghanistan and the use of Karachi and Gwadar ports for Kazakh grain exports.';
  it('finds a wire copy under another headline, and not an unrelated story', () => {
    const original = signature(`Sharif, Tokayev agree to lift trade\n\n${body}`)!;
    const copy = signature(`Pakistan and Kazakhstan aim for $1bn trade\n\n${body}`)!;
    const other = signature(
      'Police fired tear gas and water cannon at thousands of protesters marching against a power tariff increase in Colombo on Tuesday, and arrested at least twelve people, the police spokesman said.',
    )!;
    expect(similarity(original, copy)).toBeGreaterThan(MINHASH.threshold);
    expect(similarity(original, other)).toBeLessThan(0.1);
  });

  it('does not fingerprint texts too short to compare', () => {
    expect(signature('Talks went on.')).toBeNull();
  });
});
