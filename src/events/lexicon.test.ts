// Every lexicon entry's example sentence, written for the project, codes to that entry (issue 4).
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../pipeline/index.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const pipeline = createPipeline();

describe('event lexicon', () => {
  it('covers all 16 PLOVER types and every CAMEO root 01-20 with at least 600 patterns', () => {
    expect(lexicon.entries.length).toBeGreaterThanOrEqual(600);
    const types = new Set(lexicon.entries.map((e) => e.plover).filter(Boolean));
    expect(types.size).toBe(16);
    const roots = new Set(lexicon.entries.map((e) => e.cameo.slice(0, 2)));
    for (let r = 1; r <= 20; r++) expect(roots).toContain(String(r).padStart(2, '0'));
  });

  it('maps every entry to a known CAMEO code with a quad class and Goldstein score', () => {
    for (const e of lexicon.entries) expect(lexicon.cameo.get(e.cameo), e.id).toBeDefined();
  });

  it.each(lexicon.entries.map((e) => [e.id, e] as const))('%s: its example codes to it', (_id, entry) => {
    const doc = pipeline.code({ id: entry.id, text: entry.example, published: '2024-01-15' });
    const own = doc.events.find((e) => e.rule === entry.id);
    expect(own, `${entry.example} → ${doc.events.map((e) => e.rule).join(', ')}`).toBeDefined();
    expect(own!.trigger.text).toBe(entry.example.slice(own!.trigger.start, own!.trigger.end));
  });
});
