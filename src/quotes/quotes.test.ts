// Quotes: direct, indirect and mixed, with cue, speaker mention and speaker actor; hostile quote marks.
import { describe, expect, it } from 'vitest';
import type { CodedDoc } from '../core/index.js';
import { createPipeline } from '../pipeline/index.js';
import { findMarkedQuotes } from './quote-marks.js';

const pipeline = createPipeline({ stages: ['times', 'amounts', 'mentions', 'actors', 'quotes'] });
const code = (text: string): CodedDoc => pipeline.code({ id: 't', text, published: '2024-03-01' });
const speakerCode = (doc: CodedDoc, contains: string) => {
  const q = doc.quotes.find((x) => x.content.some((c) => c.text.includes(contains)));
  return { quote: q, code: doc.actors.find((a) => a.id === q?.speaker)?.code };
};

describe('quotes', () => {
  it.each<[string, string, string, string, string?]>([
    // [case, text, content part, kind, speaker code]
    [
      'direct, attribution after',
      '“We will not back down,” Prime Minister Shehbaz Sharif said.',
      'We will not back down',
      'direct',
      'PAKGOV',
    ],
    [
      'direct, straight marks, inverted',
      '"Trade must grow," said President Xi Jinping.',
      'Trade must grow',
      'direct',
      'CHNGOV',
    ],
    [
      'direct, colon',
      'President Xi Jinping said: “The door is open.”',
      'The door is open',
      'direct',
      'CHNGOV',
    ],
    [
      'indirect with that',
      'President Xi Jinping said that China would buy more wheat.',
      'China would buy more wheat',
      'indirect',
      'CHNGOV',
    ],
    [
      'indirect, tail',
      'The talks would resume next week, Prime Minister Shehbaz Sharif added.',
      'The talks would resume next week',
      'indirect',
      'PAKGOV',
    ],
    [
      'according to',
      'According to President Xi Jinping, the corridor is vital.',
      'the corridor is vital',
      'indirect',
      'CHNGOV',
    ],
    [
      'told someone that',
      'President Xi Jinping told reporters that the visit went well.',
      'the visit went well',
      'indirect',
      'CHNGOV',
    ],
    [
      'mixed',
      'Prime Minister Shehbaz Sharif said he was “deeply concerned” by the attack.',
      'deeply concerned',
      'mixed',
      'PAKGOV',
    ],
    [
      'day between speaker and cue',
      'President Xi Jinping on Tuesday said the port would open.',
      'the port would open',
      'indirect',
      'CHNGOV',
    ],
    [
      'coordinated cue: the subject is the head, not its modifier',
      'Pakistani government spokesperson Shehbaz Sharif called the report a distraction and said Pakistan was not a party to the dispute.',
      'Pakistan was not a party to the dispute',
      'indirect',
      'PAKGOV',
    ],
    [
      'participle: the main clause subject speaks',
      'Prime Minister Shehbaz Sharif defended the plan, saying it would create jobs.',
      'it would create jobs',
      'indirect',
      'PAKGOV',
    ],
    ['unnamed source', 'Officials said the border would reopen.', 'the border would reopen', 'indirect'],
  ])('%s', (_case, text, part, kind, expected) => {
    const doc = code(text);
    const { quote, code: speaker } = speakerCode(doc, part);
    expect(quote, JSON.stringify(doc.quotes)).toBeDefined();
    expect(quote!.kind).toBe(kind);
    for (const c of quote!.content) expect(text.slice(c.start, c.end)).toBe(c.text);
    if (expected) expect(speaker).toBe(expected);
    else expect(quote!.speakerSpan?.text).toBe('Officials');
  });

  it.each<[string, string, string, string | undefined]>([
    // [case, text, content part, expected speaker words (undefined: none)]
    [
      'title with a full stop',
      '“The vote is close,” Mr. Hallett said on Monday.',
      'The vote is close',
      'Mr. Hallett',
    ],
    [
      'long appositive before the cue',
      '“We will appeal,” Dana Whitcombe, the attorney general of Ohio, one of the states in the suit, said.',
      'We will appeal',
      'Dana Whitcombe',
    ],
    [
      'place before the speaker is scene, not speaker',
      'In Ohio, Dana Whitcombe, the attorney general, said the appeal would be filed.',
      'the appeal would be filed',
      'Dana Whitcombe',
    ],
    [
      'two-apostrophe marks, inverted',
      "''It adds new complexity,'' said Mr. Hallett.",
      'It adds new complexity',
      'Mr. Hallett',
    ],
    [
      'a quotation ended by a full stop is not the next sentence’s',
      '“The schools are full.”\n\nBut Dana Whitcombe said the budget would grow.',
      'The schools are full',
      undefined,
    ],
    [
      'party tag between speaker and cue',
      '“We need the votes,” Rep. Dana Whitcombe (D-Ohio) said Friday.',
      'We need the votes',
      'Rep. Dana Whitcombe',
    ],
    [
      'name the tagger takes for a verb',
      '“We had so much work to do,” Lynch said.',
      'We had so much work to do',
      'Lynch',
    ],
    [
      'inverted unnamed source',
      '“The hearing was a farce,” said one Democratic aide on the panel.',
      'The hearing was a farce',
      'one Democratic aide on the panel',
    ],
    [
      'inverted cue followed by a time only',
      '“The hearing was a farce,” said on Tuesday.',
      'The hearing was a farce',
      undefined,
    ],
    [
      'according to a document',
      'The deficit grew by a third, according to a budget office report released in May.',
      'The deficit grew by a third',
      'a budget office report released in May',
    ],
  ])('speaker: %s', (_case, text, part, speakerWords) => {
    const doc = code(text);
    const q = doc.quotes.find((x) => x.content.some((c) => c.text.includes(part)));
    expect(q, JSON.stringify(doc.quotes)).toBeDefined();
    expect(q!.speakerSpan?.text).toBe(speakerWords);
  });

  it.each<[string, string, string[]]>([
    // [case, text, expected content parts]
    [
      'interjected attribution splits the content',
      'The new levy, Prime Minister Shehbaz Sharif said, would fund the dams.',
      ['The new levy', 'would fund the dams'],
    ],
    [
      'interjected with a setting',
      'Back in Lahore, the minister said in an interview, the plan had stalled twice.',
      ['Back in Lahore', 'the plan had stalled twice'],
    ],
    [
      'tail attribution keeps one part',
      'The talks would resume next week, the minister said on Monday.',
      ['The talks would resume next week'],
    ],
    [
      'a participle after the tail is its own attribution',
      'The dams would be built, the minister said, adding that the money was ready.',
      ['The dams would be built'],
    ],
    [
      'a long quotation inside reported speech is one mixed quote',
      'President Xi Jinping said the corridor was “a road that will carry the trade of a whole region for decades.”',
      ['the corridor was “a road that will carry the trade of a whole region for decades.”'],
    ],
    [
      'stance verb: called for',
      'President Xi Jinping called for new rules on steel exports.',
      ['for new rules on steel exports'],
    ],
    [
      'stance verb: criticized',
      'Prime Minister Shehbaz Sharif criticized the decision to close the border crossing.',
      ['the decision to close the border crossing'],
    ],
    [
      'a noun of saying with its owner',
      'Farmers rejected Prime Minister Shehbaz Sharif’s claim that the dam was finished.',
      ['the dam was finished'],
    ],
    [
      'stance verb: dismissed',
      'President Xi Jinping dismissed the report as an attempt to divide the region.',
      ['the report as an attempt to divide the region'],
    ],
    [
      'the speaker’s next predicate ends the content',
      'President Xi Jinping claimed the talks had failed and said a new round would start soon.',
      ['the talks had failed'],
    ],
    [
      '", but" ends the content',
      'Prime Minister Shehbaz Sharif called the tax a “disgrace,” but the senate passed it.',
      ['the tax a “disgrace,”'],
    ],
  ])('content: %s', (_case, text, parts) => {
    const doc = code(text);
    const q = doc.quotes.find((x) => x.content[0]?.text === parts[0]);
    expect(q, JSON.stringify(doc.quotes)).toBeDefined();
    expect(q!.content.map((c) => c.text)).toEqual(parts);
  });

  it('gives one quote for several quoted phrases in one reported clause', () => {
    const doc = code('Prime Minister Shehbaz Sharif called the envoy a “liar” and a “bully” on Monday.');
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.kind).toBe('mixed');
  });

  it.each([
    'Officials know the border is closed to trucks.',
    'The senators expect the vote to pass on Friday.',
    'Voters support the plan to build the new dam.',
    'The claim that the dam was finished was false.',
  ])('knowing, expecting or supporting is not reporting: %s', (text) => {
    expect(code(text).quotes).toEqual([]);
  });

  it('continues a quotation reopened in the next paragraph and keeps its speaker', () => {
    const text =
      '“The first part goes here,” Prime Minister Shehbaz Sharif said. “And it continues.\n\n“Into a second paragraph without a close.”';
    const doc = code(text);
    const second = speakerCode(doc, 'second paragraph');
    expect(second.code).toBe('PAKGOV');
  });

  it('resolves "He said" to the last speaker', () => {
    const doc = code('President Xi Jinping said trade was growing.\n\nHe said the talks were useful.');
    expect(speakerCode(doc, 'the talks were useful').code).toBe('CHNGOV');
  });
});

describe('transcripts and pull quotes', () => {
  it('splits a quoted transcript into one quote per labelled turn', () => {
    const text =
      'The interview went as follows.\n\n"HOST: Will the minister attend the summit next week?\n\n"GUEST: He will attend, and he will speak first.\n\n"That settles the matter for now."';
    const doc = code(text);
    const turns = doc.quotes.map((q) => [q.speakerSpan?.text, q.content[0]?.text.slice(0, 8)]);
    expect(turns).toContainEqual(['HOST', 'Will the']);
    expect(turns).toContainEqual(['GUEST', 'He will ']);
    expect(doc.quotes.find((q) => q.speakerSpan?.text === 'GUEST')!.content).toHaveLength(2);
  });

  it.each<[string, string, string | undefined]>([
    [
      'labelled paragraph',
      'The exchange was short.\n\nMODERATOR: Your time is up, thank you both.',
      'MODERATOR',
    ],
    [
      'dateline is not a speaker',
      'ISLAMABAD: The finance ministry released the budget figures on Monday.',
      undefined,
    ],
    [
      'title-case label is not a turn',
      'The exchange was short.\n\nNext steps: the panel meets again in June.',
      undefined,
    ],
  ])('%s', (_case, text, label) => {
    const q = code(text).quotes.find((x) => x.kind === 'direct');
    expect(q?.speakerSpan?.text).toBe(label);
  });

  it.each<[string, string | undefined]>([
    [
      '“The schools need more teachers and smaller classes.” ― Maria Gonzàlez\nMore letters follow.',
      'Maria Gonzàlez',
    ],
    [
      '“The schools need more teachers and smaller classes.” — the end of it all, said nobody in particular',
      undefined,
    ],
  ])('pull quote %#', (text, name) => {
    const q = code(text).quotes.find((x) => x.content[0]?.text.startsWith('The schools'));
    expect(q?.speakerSpan?.text).toBe(name);
  });
});

describe('unbalanced quote marks', () => {
  it('never swallow the rest of the article and are reported', () => {
    const text = '“This quote never closes.\n\nThe next paragraph is plain news. So is this one.';
    const doc = code(text);
    expect(doc.quotes.every((q) => q.content.every((c) => !c.text.includes('plain news')))).toBe(true);
    expect(doc.issues?.some((i) => i.code === 'unbalanced_quote')).toBe(true);
  });

  it.each(['"', '“', '”', '""""', '“a” “b', '"odd "number" of marks'])('do not crash on %j', (marks) => {
    expect(() => code(`He said ${marks} and left.`)).not.toThrow();
    expect(findMarkedQuotes(`x ${marks} y`).quotes.length).toBeLessThanOrEqual(3);
  });
});
