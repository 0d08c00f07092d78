// The contract schemas accept a minimal valid document and reject malformed ones with a named field.
import { describe, expect, it } from 'vitest';
import { CodedDoc, codedDocJsonSchema, InputDoc } from './schema.js';

const minimal = {
  id: 'x',
  text: 'Hi.',
  sentences: [{ start: 0, end: 3 }],
  entities: [],
  actors: [],
  events: [],
  quotes: [],
  times: [],
  places: [],
  amounts: [],
};

describe('contract schemas', () => {
  it('accepts a minimal coded document', () => {
    expect(CodedDoc.safeParse(minimal).success).toBe(true);
  });

  it.each([
    ['published', { ...minimal, published: '18/10/2023' }],
    ['sentences', { ...minimal, sentences: [{ start: 'a', end: 3 }] }],
    ['events', { ...minimal, events: [{ id: 'e1' }] }],
  ])('rejects a bad %s field and names it', (field, doc) => {
    const result = CodedDoc.safeParse(doc);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });

  it('requires an id and text on input lines', () => {
    expect(InputDoc.safeParse({ text: 'x' }).success).toBe(false);
    expect(InputDoc.safeParse({ id: 'a', text: 'x', published: '2023-10-18' }).success).toBe(true);
  });

  it('publishes a JSON Schema naming every contract field', () => {
    const schema = codedDocJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    for (const field of [
      'sentences',
      'entities',
      'actors',
      'events',
      'quotes',
      'times',
      'places',
      'amounts',
    ]) {
      expect(schema.properties[field]).toBeDefined();
      expect(schema.required).toContain(field);
    }
  });
});
