// The scorers on tiny gold sets written for the project: each metric computed as shared/eval/README.md defines.
import { describe, expect, it } from 'vitest';
import type { CodedDoc } from '../core/index.js';
import { scoreEntities } from './entities.js';
import { scoreEvents } from './events.js';
import { scorePlaces } from './places.js';
import { scoreQuotes } from './quotes.js';
import { scoreTimes } from './times.js';

const TEXT = 'Kenya met Uganda in Nairobi on Monday. “We agree,” Ruto said.';
/** The span of the first occurrence of `s` in TEXT. */
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
const doc = (over: Partial<CodedDoc>): CodedDoc => ({
  id: 'd',
  text: TEXT,
  sentences: [],
  entities: [],
  actors: [
    { id: 'a1', name: 'Kenya', code: 'KENGOV', kind: 'country' },
    { id: 'a2', name: 'Uganda', code: 'UGA', kind: 'country' },
  ],
  events: [],
  quotes: [],
  times: [],
  places: [],
  amounts: [],
  ...over,
});
const event = (over: Partial<CodedDoc['events'][number]>) => ({
  id: 'e1',
  type: 'CONSULT' as const,
  contexts: [],
  cameo: '040',
  quadClass: 1 as const,
  goldstein: 1,
  source: ['a1'],
  target: ['a2'],
  trigger: span('met'),
  sentence: 0,
  negated: false,
  modality: 'asserted' as const,
  confidence: 0.9,
  ...over,
});

describe('scorers', () => {
  it('events: type, code, dyad and top-1; negated events are ignored', () => {
    const gold = [
      {
        id: 'd',
        text: TEXT,
        events: [{ plover: 'CONSULT', cameo: '042', source: ['KEN'], target: ['UGA'] }],
      },
    ];
    const preds = new Map([
      ['d', doc({ events: [event({}), event({ id: 'e2', type: 'ASSAULT', cameo: '190', negated: true })] })],
    ]);
    const r = scoreEvents(gold, preds).metrics;
    expect(r['plover type']).toMatchObject({ tp: 1, predicted: 1, gold: 1 });
    expect(r['cameo exact code']).toMatchObject({ tp: 0 });
    expect(r['cameo root accuracy']).toMatchObject({ value: 1 });
    expect(r.dyad).toMatchObject({ tp: 1, predicted: 1, gold: 1 });
    expect(r['plover top-1 accuracy']).toMatchObject({ value: 1 });
  });

  it('quotes: content matches at token Jaccard ≥ 0.5, speaker by span', () => {
    const content = span('We agree');
    const gold = [
      { id: 'd', text: TEXT, quotes: [{ source: [span('Ruto')], cue: [span('said')], content: [content] }] },
    ];
    const preds = new Map([
      [
        'd',
        doc({
          quotes: [{ content: [content], kind: 'direct', speakerSpan: span('Ruto'), cue: span('said') }],
        }),
      ],
    ]);
    const r = scoreQuotes(gold, preds).metrics;
    expect(r.content).toMatchObject({ tp: 1, precision: 1, recall: 1 });
    expect(r['speaker accuracy']).toMatchObject({ value: 1 });
    expect(r['cue accuracy']).toMatchObject({ value: 1 });
  });

  it('entities: exact span and type, and lenient overlap', () => {
    const gold = [
      {
        id: 'd',
        text: TEXT,
        types_scored: ['PER', 'ORG', 'LOC'],
        entities: [
          { ...span('Kenya'), type: 'LOC' },
          { ...span('Ruto'), type: 'PER' },
        ],
      },
    ];
    const preds = new Map([
      [
        'd',
        doc({
          entities: [
            { ...span('Kenya'), type: 'LOC' },
            { ...span('Ruto said'), type: 'PER' },
            { ...span('Nairobi'), type: 'MISC' },
          ],
        }),
      ],
    ]);
    const r = scoreEntities(gold, preds).metrics;
    expect(r['exact (all types)']).toMatchObject({ tp: 1, predicted: 2, gold: 2 });
    expect(r['lenient overlap']).toMatchObject({ tp: 2 });
  });

  it('times: strict and relaxed spans, value accuracy', () => {
    const gold = [{ id: 'd', text: TEXT, times: [{ ...span('Monday'), type: 'DATE', value: '2024-01-15' }] }];
    const preds = new Map([
      ['d', doc({ times: [{ ...span('on Monday'), type: 'DATE', value: '2024-01-15' }] })],
    ]);
    const r = scoreTimes(gold, preds).metrics;
    expect(r['strict span']).toMatchObject({ tp: 0 });
    expect(r['relaxed span']).toMatchObject({ tp: 1 });
    expect(r['value accuracy (relaxed matches)']).toMatchObject({ value: 1 });
  });

  it('places: recognition by overlap, accuracy within 161 km, unresolved counts as 20,038 km', () => {
    const gold = [
      {
        id: 'd',
        text: TEXT,
        toponyms: [
          { ...span('Nairobi'), lat: -1.28, lon: 36.82 },
          { ...span('Kenya'), lat: 0.5, lon: 37.9 },
        ],
      },
    ];
    const preds = new Map([
      [
        'd',
        doc({ places: [{ ...span('Nairobi'), name: 'Nairobi', lat: -1.29, lon: 36.82, confidence: 0.9 }] }),
      ],
    ]);
    const r = scorePlaces(gold, preds).metrics;
    expect(r.recognition).toMatchObject({ tp: 1, predicted: 1, gold: 2 });
    expect(r['acc@161km (matched)']).toMatchObject({ value: 1 });
    expect(r['acc@161km (all gold)']).toMatchObject({ value: 0.5 });
  });
});
