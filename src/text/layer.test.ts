// Sentences and tokens are offset ranges into the original text, across what news text really contains.
import { describe, expect, it } from 'vitest';
import { buildTextLayer } from './layer.js';

function sentences(text: string): string[] {
  const layer = buildTextLayer(text);
  return layer.sentences.map((s) => text.slice(s.start, s.end));
}

describe('buildTextLayer', () => {
  it.each<[string, string, string[]]>([
    [
      'abbreviations and initials',
      'Dr. J. Smith met Gen. Khan in the U.S. capital on Jan. 5. He left.',
      ['Dr. J. Smith met Gen. Khan in the U.S. capital on Jan. 5.', 'He left.'],
    ],
    [
      'a headline without a final stop',
      'Leaders meet in Beijing\nBEIJING: The two leaders met on Tuesday.',
      ['Leaders meet in Beijing', 'BEIJING: The two leaders met on Tuesday.'],
    ],
    [
      'paragraph breaks are hard boundaries',
      'The talks ended\n\nNo deal was reached.',
      ['The talks ended', 'No deal was reached.'],
    ],
    [
      'a list without stops',
      'The agenda:\n- trade\n- energy\n- security',
      ['The agenda:', '- trade', '- energy', '- security'],
    ],
    [
      'a wire dateline stays with its sentence',
      'LONDON (Reuters) - Britain summoned the envoy. It said more.',
      ['LONDON (Reuters) - Britain summoned the envoy.', 'It said more.'],
    ],
    [
      'a wrapped line continues the sentence',
      'The minister said the talks\nwould resume next week.',
      ['The minister said the talks\nwould resume next week.'],
    ],
    ['curly quotes and dashes', 'He said “we agree” — and left.', ['He said “we agree” — and left.']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('gives every token an offset range that slices back to its text', () => {
    const text =
      'Russia’s President didn’t attend—officials said the 3,000-ton shipment (worth $2.5bn) left.\r\n\r\nDone';
    const layer = buildTextLayer(text);
    expect(layer.tokens.length).toBeGreaterThan(10);
    for (const token of layer.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(layer.tokens.map((t) => t.text)).toContain('Russia');
    expect(layer.tokens.find((t) => t.text === 'didn' || t.text === 'did')).toBeDefined();
  });

  it('numbers paragraphs at line breaks', () => {
    const layer = buildTextLayer('One. Two.\n\nThree.');
    expect(layer.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('lemmatizes verbs and plural nouns in lower case', () => {
    const layer = buildTextLayer('Kakar met Putin and held talks.');
    const lemma = (w: string) => layer.tokens.find((t) => t.text === w)?.lemma;
    expect(lemma('met')).toBe('meet');
    expect(lemma('talks')).toBe('talk');
    expect(lemma('Kakar')).toBe('kakar');
  });

  it('returns no sentences for empty or blank text', () => {
    expect(buildTextLayer('').sentences).toEqual([]);
    expect(buildTextLayer(' \n\n ').sentences).toEqual([]);
  });
});
