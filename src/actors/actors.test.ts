// Actors: name variants, roles, pronouns, plural references and date-aware knowledge-base links (issue 3).
import { describe, expect, it } from 'vitest';
import type { CodedDoc } from '../core/index.js';
import { createPipeline } from '../pipeline/index.js';

const pipeline = createPipeline({ stages: ['times', 'amounts', 'mentions', 'actors'] });
const code = (text: string, published = '2023-10-18'): CodedDoc =>
  pipeline.code({ id: 't', text, published });
/** The code of the actor the n-th occurrence of `mention` refers to. */
function codeAt(doc: CodedDoc, mention: string, n = 0): string | undefined {
  let from = 0;
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = doc.text.indexOf(mention, from);
    from = at + 1;
  }
  const e = doc.entities.find((x) => x.start <= at && at < x.end);
  return doc.actors.find((a) => a.id === e?.actor)?.code;
}
const actorOf = (doc: CodedDoc, mention: string, n = 0) => {
  let at = -1;
  for (let k = 0, from = 0; k <= n; k++, from = at + 1) at = doc.text.indexOf(mention, from);
  return doc.entities.find((x) => x.start <= at && at < x.end)?.actor;
};

describe('coreference', () => {
  it('merges a surname with the full name', () => {
    const doc = code('Russian President Vladimir Putin arrived. Putin then left.');
    expect(actorOf(doc, 'Putin', 1)).toBe(actorOf(doc, 'Vladimir Putin'));
  });

  it('sends "the prime minister" and "the interim premier" to the prime minister named before', () => {
    const doc = code(
      'Caretaker Prime Minister Anwaarul Haq Kakar met officials. Later the interim premier spoke, and the prime minister left.',
    );
    const kakar = actorOf(doc, 'Anwaarul Haq Kakar');
    expect(actorOf(doc, 'interim premier')).toBe(kakar);
    expect(actorOf(doc, 'prime minister')).toBe(kakar);
  });

  it('sends "the Russian leader" to Russia\'s head of state', () => {
    const doc = code('President Vladimir Putin hosted the talks. The Russian leader said little.');
    expect(actorOf(doc, 'leader')).toBe(actorOf(doc, 'Vladimir Putin'));
  });

  it('finds the office holder for a role with a country and no name', () => {
    const doc = code('The Russian president called for calm.');
    expect(doc.actors.find((a) => a.id === actorOf(doc, 'president'))?.name).toBe('Vladimir Putin');
  });

  it('continues the last speaker in a paragraph that starts "He said"', () => {
    const doc = code(
      'Prime Minister Shehbaz Sharif said trade would grow. President Xi Jinping listened.\n\nHe said the corridor was vital.',
      '2024-06-01',
    );
    expect(actorOf(doc, 'He')).toBe(actorOf(doc, 'Shehbaz Sharif'));
  });

  it('points a fronted possessive forward to the subject', () => {
    const doc = code(
      'Prime Minister Kakar spoke first. In his remarks, President Putin said ties were strong.',
    );
    expect(actorOf(doc, 'his')).toBe(actorOf(doc, 'Putin', 0));
  });

  it('resolves "he" inside a sentence to its subject', () => {
    const doc = code('The prime minister said he was pleased. Prime Minister Kakar left.');
    expect(actorOf(doc, 'he')).toBe(actorOf(doc, 'prime minister'));
  });

  it('takes "the two leaders" as both leaders', () => {
    const doc = code('Prime Minister Kakar met President Putin. The two leaders discussed trade.');
    const both = doc.entities.find((e) => e.text.toLowerCase() === 'the two leaders')?.actors;
    expect(new Set(both)).toEqual(new Set([actorOf(doc, 'Kakar'), actorOf(doc, 'Putin')]));
  });

  it('takes "it" as the country or organisation named last, never a person', () => {
    const doc = code('Hungary said it would support the resolution.');
    expect(actorOf(doc, 'it')).toBe(actorOf(doc, 'Hungary'));
  });

  it('does not resolve an empty "it"', () => {
    const doc = code('It is likely that talks resume.');
    expect(doc.entities.some((e) => e.text === 'It')).toBe(false);
  });
});

describe('codes', () => {
  it.each<[string, string, string, string]>([
    ['a country stands for its government', 'Russia supplied grain.', 'Russia', 'RUS'],
    ['police of a country', 'Pakistani police detained two men.', 'police', 'PAKCOP'],
    ['army of a country', 'The Indian army moved north.', 'army', 'INDMIL'],
    ['a group located in a place', 'Police in Barcelona freed ten people.', 'Police', 'ESPCOP'],
    ['an international organisation', 'The United Nations appealed for aid.', 'The United Nations', 'IGOUNO'],
    ['an armed group', 'The Taliban seized the town.', 'The Taliban', 'AFGGOV'],
    ['a role speaks for its organisation', 'A Taliban spokesman denied it.', 'spokesman', 'AFGGOV'],
    ['a media outlet', 'Xinhua reported the visit.', 'Xinhua', 'CHNMED'],
    [
      'a rank word inside a title',
      'Kenyan junior trade minister Otieno Wafula left.',
      'Otieno Wafula',
      'KENGOV',
    ],
    [
      'an acting minister',
      'The Ghanaian acting finance minister Kofi Mensah spoke.',
      'Kofi Mensah',
      'GHAGOV',
    ],
  ])('%s', (_case, text, mention, expected) => {
    expect(codeAt(code(text), mention)).toBe(expected);
  });

  it('uses the publication date: Imran Khan is the government in 2019 and the opposition in 2024', () => {
    expect(codeAt(code('Imran Khan addressed a rally.', '2019-05-01'), 'Imran Khan')).toBe('PAKGOV');
    expect(codeAt(code('Imran Khan addressed a rally.', '2024-05-01'), 'Imran Khan')).toBe('PAKOPP');
    // a former head of government is no longer the government (CAMEO codes former officials as elites)
    expect(
      codeAt(code('Former Prime Minister Imran Khan addressed a rally.', '2024-05-01'), 'Imran Khan'),
    ).not.toBe('PAKGOV');
  });

  it('takes no country through a word that is no rank ("Nigerian-born engineer")', () => {
    // the demonym is joined to the title only across glue and rank words
    expect(
      codeAt(code('A Nigerian student praised finance minister Kofi Mensah.'), 'Kofi Mensah'),
    ).not.toMatch(/^NGA/);
  });

  it('places a group by a region only right before it', () => {
    // "Darfur" here is where the talks were, not whose the rebels are
    expect(codeAt(code('In Darfur, the talks with rebels failed.'), 'rebels') ?? '').not.toMatch(/^SDN/);
  });

  it('says so in issues when a person cannot be placed, and never guesses a country', () => {
    const doc = code('Ahmed Zerbo told reporters the plan was sound.');
    const actor = doc.actors.find((a) => a.name === 'Ahmed Zerbo');
    expect(actor?.country).toBeUndefined();
    expect(doc.issues?.some((i) => i.code === 'actor_unresolved' && i.message.includes('Ahmed Zerbo'))).toBe(
      true,
    );
  });
});
