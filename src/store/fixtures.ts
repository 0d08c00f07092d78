// Tiny coded documents written for the store tests: two or three actors, one sentence per event, dates and
// places set per case, so merging rules can be tested without running the pipeline.
import type { CodedDoc, Event } from '../core/index.js';
import { articleKey, contentHash } from '../ingest/fingerprint.js';
import type { WriteItem } from './write-types.js';

export interface ActorSpec {
  id: string;
  code: string;
  name: string;
  country?: string;
}

export interface DocSpec {
  id: string;
  published?: string;
  source?: string;
  title?: string;
  text?: string;
  actors?: ActorSpec[];
  events?: Partial<Event>[];
  places?: { name: string; country?: string; lat?: number; lon?: number }[];
  quotes?: { speaker?: string; content: string }[];
}

export const PAK: ActorSpec = { id: 'a1', code: 'PAKGOV', name: 'Shehbaz Sharif', country: 'PAK' };
export const KAZ: ActorSpec = { id: 'a2', code: 'KAZGOV', name: 'Kassym-Jomart Tokayev', country: 'KAZ' };
export const RUS: ActorSpec = { id: 'a3', code: 'RUS', name: 'Russia', country: 'RUS' };

export function codedDoc(spec: DocSpec): CodedDoc {
  const text =
    spec.text ??
    `${spec.title ?? spec.id}\n\nPrime Minister Sharif met President Tokayev in Astana on Thursday. They agreed to expand trade. Russia was not invited.`;
  const sentences = [{ start: 0, end: text.length }];
  const events: Event[] = (spec.events ?? [{}]).map((e, i) => ({
    id: `e${i + 1}`,
    type: 'CONSULT',
    contexts: [],
    cameo: '040',
    quadClass: 1,
    goldstein: 1,
    source: ['a1'],
    target: ['a2'],
    trigger: { start: text.indexOf('met'), end: text.indexOf('met') + 3, text: 'met' },
    sentence: 0,
    ...(spec.published ? { date: { value: spec.published, precision: 'day' as const, stated: false } } : {}),
    negated: false,
    modality: 'asserted',
    confidence: 0.9,
    ...e,
  }));
  const quotes = (spec.quotes ?? []).map((q) => {
    const start = Math.max(0, text.indexOf(q.content));
    return {
      ...(q.speaker ? { speaker: q.speaker } : {}),
      content: [{ start, end: start + q.content.length, text: q.content }],
      kind: 'direct' as const,
    };
  });
  return {
    id: spec.id,
    text,
    ...(spec.published ? { published: spec.published } : {}),
    ...(spec.source ? { source: spec.source } : {}),
    ...(spec.title ? { title: spec.title } : {}),
    sentences,
    entities: [],
    actors: (spec.actors ?? [PAK, KAZ, RUS]).map((a) => ({
      id: a.id,
      name: a.name,
      code: a.code,
      ...(a.country ? { country: a.country } : {}),
      kind: a.code.length > 3 ? ('person' as const) : ('country' as const),
    })),
    events,
    quotes,
    times: [],
    places: (spec.places ?? []).map((p) => ({ start: 0, end: 1, text: p.name, confidence: 0.9, ...p })),
    amounts: [],
  };
}

export function codedItem(doc: CodedDoc): Extract<WriteItem, { kind: 'coded' }> {
  const hash = contentHash(doc.text);
  return {
    kind: 'coded',
    doc,
    article: {
      id: articleKey({ contentHash: hash, docId: doc.id, source: doc.source, url: doc.url }),
      docId: doc.id,
      contentHash: hash,
      source: doc.source,
      url: doc.url,
      title: doc.title,
      published: doc.published,
      text: doc.text,
    },
  };
}

export function copyItem(
  of: Extract<WriteItem, { kind: 'coded' }>,
  spec: { id: string; source: string; published?: string; text?: string },
): Extract<WriteItem, { kind: 'duplicate' }> {
  const text = spec.text ?? of.article.text;
  const hash = contentHash(text);
  return {
    kind: 'duplicate',
    of: of.article.id,
    dupKind: text === of.article.text ? 'exact' : 'near',
    similarity: 1,
    article: {
      id: articleKey({ contentHash: hash, docId: spec.id, source: spec.source }),
      docId: spec.id,
      contentHash: hash,
      source: spec.source,
      published: spec.published ?? of.article.published,
      text,
    },
  };
}
