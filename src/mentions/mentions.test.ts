// Mentions: gazetteer, titles and roles, proper-name chunks, and the ambiguities news text is full of.
import { describe, expect, it } from 'vitest';
import type { CodedDoc } from '../core/index.js';
import { createPipeline } from '../pipeline/index.js';

const pipeline = createPipeline({ stages: ['times', 'amounts', 'mentions', 'actors', 'places'] });
const code = (text: string, published = '2024-01-15'): CodedDoc =>
  pipeline.code({ id: 't', text, published });
const entity = (doc: CodedDoc, text: string) => doc.entities.find((e) => e.text === text);
const actorCode = (doc: CodedDoc, text: string) => {
  const e = entity(doc, text);
  return doc.actors.find((a) => a.id === e?.actor)?.code;
};

describe('mention patterns', () => {
  it.each<[string, string, string, string, string?]>([
    // [case, text, mention, type/subtype, actor code]
    ['country', 'Pakistan and Russia signed a deal.', 'Pakistan', 'LOC/country', 'PAK'],
    ['demonym', 'The Kazakh team arrived.', 'Kazakh', 'MISC/demonym', 'KAZ'],
    ['title and name', 'Russia’s President Vladimir Putin spoke.', 'Vladimir Putin', 'PER/person', 'RUSGOV'],
    ['foreign minister', 'Foreign Minister Wang Yi spoke.', 'Wang Yi', 'PER/person', 'CHNGOV'],
    [
      'caretaker PM',
      'Caretaker Prime Minister (PM) Anwaarul Haq Kakar arrived.',
      'Anwaarul Haq Kakar',
      'PER/person',
      'PAKGOV',
    ],
    [
      'abbreviated role',
      'Caretaker Prime Minister (PM) Anwaarul Haq Kakar arrived.',
      'PM',
      'MISC/role',
      'PAKGOV',
    ],
    ['honorific', 'Mr Okafor told reporters the plan was sound.', 'Mr Okafor', 'PER/person'],
    ['bloc by description', 'The 27-nation bloc agreed.', 'The 27-nation bloc', 'ORG/igo', 'IGOEUR'],
    ['igo acronym', 'Leaders of the SCO met.', 'the SCO', 'ORG/igo', 'IGOSCO'],
    ['media outlet', 'The talks ended, ARY News reported.', 'ARY News', 'ORG/media', 'PAKMED'],
    ['news agency', 'Reuters reported the deal.', 'Reuters', 'ORG/media', 'GBRMED'],
    ['region', 'Tension rose in the Middle East.', 'the Middle East', 'LOC/region'],
    ['org word', 'The Bank of England raised rates.', 'The Bank of England', 'ORG/organization'],
    [
      'body role',
      'Pakistan’s Ministry of Foreign Affairs issued a note.',
      'Ministry of Foreign Affairs',
      'ORG/role',
      'PAKGOV',
    ],
    [
      'event name',
      'Leaders met at the Belt and Road Forum for International Cooperation.',
      'Belt and Road Forum for International Cooperation',
      'MISC/name',
    ],
    ['dateline city', 'BEIJING: The talks began.', 'BEIJING', 'LOC/city'],
    ['institution', 'The Kremlin rejected the claim.', 'The Kremlin', 'ORG/group', 'RUSGOV'],
  ])('%s', (_case, text, mention, typed, code_) => {
    const doc = code(text);
    const e = entity(doc, mention);
    expect(e, JSON.stringify(doc.entities.map((x) => x.text))).toBeDefined();
    expect(`${e!.type}/${e!.subtype}`).toBe(typed);
    expect(text.slice(e!.start, e!.end)).toBe(mention);
    if (code_) expect(actorCode(doc, mention)).toBe(code_);
  });
});

describe('a country name before a dollar sign is the currency', () => {
  it.each<[string, string, string[], string[]]>([
    // [case, text, expected country mentions, absent]
    ['abbreviation', 'The fund lost US $40 million last year.', [], ['US']],
    ['full name stays', 'Ottawa paid Canada $2 billion in fees.', ['Canada'], []],
    ['country elsewhere', 'US troops spent US $3 million on fuel.', ['US'], []],
  ])('%s', (_case, text, present, absent) => {
    const doc = code(text);
    const countries = doc.entities.filter((e) => e.subtype === 'country').map((e) => e.text);
    for (const p of present) expect(countries).toContain(p);
    for (const a of absent) expect(countries).not.toContain(a);
    expect(countries.length).toBe(present.length);
  });
});

describe('ambiguity', () => {
  it('"PM" is a role, not Saint Pierre and Miquelon; "Vladimir" in a name is not the city', () => {
    const doc = code('PM Kakar met President Vladimir Putin.');
    expect(doc.places.map((p) => p.text)).not.toContain('PM');
    expect(doc.places.map((p) => p.text)).not.toContain('Vladimir');
    expect(entity(doc, 'Vladimir Putin')?.type).toBe('PER');
  });

  it('"US" is a country, "us" is a pronoun', () => {
    const doc = code('The US said it would help us.');
    expect(entity(doc, 'The US')?.subtype ?? entity(doc, 'US')?.subtype).toBe('country');
    expect(doc.entities.some((e) => e.text === 'us')).toBe(false);
  });

  it('"May" the month is a time, "Theresa May" a person', () => {
    const doc = code('Theresa May will travel to Turkey in May.', '2017-03-01');
    expect(entity(doc, 'Theresa May')?.type).toBe('PER');
    expect(doc.entities.some((e) => e.text === 'May')).toBe(false);
    expect(doc.times.find((t) => t.text === 'May')?.value).toBe('2017-05');
  });

  it('Jordan, Georgia, Chad and Turkey as countries', () => {
    const doc = code('Jordan and Georgia signed a deal; Chad and Turkey welcomed it.');
    for (const c of ['Jordan', 'Georgia', 'Chad', 'Turkey']) expect(entity(doc, c)?.subtype).toBe('country');
    expect(actorCode(doc, 'Turkey')).toBe('TUR');
  });

  it('Georgia the US state in an article about American places', () => {
    const doc = code('Storms hit Atlanta and Savannah in Georgia, and later Charlotte in North Carolina.');
    expect(doc.places.find((p) => p.text === 'Georgia')?.country).toBe('US');
  });

  it('a sentence-initial capital is not a name by itself', () => {
    const doc = code('Citing security concerns, officials closed the road.');
    expect(doc.entities.some((e) => e.text === 'Citing')).toBe(false);
  });

  it('words that are also JavaScript property names are plain words', () => {
    const doc = code(
      'The constructor said toString and __proto__ were valueOf words; hasOwnProperty agreed.',
    );
    expect(doc.entities.filter((e) => e.subtype === 'pronoun').map((e) => e.text)).toEqual([]);
  });

  it('a town that is also a common word needs evidence to be a place', () => {
    const doc = code('Of the twelve candidates, only two were women.');
    expect(doc.places).toEqual([]);
  });
});

describe('names in company and market news (issue #3)', () => {
  const typed = (doc: CodedDoc) =>
    doc.entities.filter((e) => e.type !== 'MISC').map((e) => `${e.text}/${e.type}`);
  it.each<[string, string, string[], string[]]>([
    // [case, text, expected names/types, names that must not appear]
    [
      'a capital opening a line is a common word the text also writes in lower case',
      'Timber prices slide\nTimber prices fell again on Monday as timber yards cut orders.',
      [],
      ['Timber/ORG'],
    ],
    [
      'a capital opening a line is a name the text also writes inside a sentence',
      'Kestrel cuts jobs\nThe carmaker said Kestrel would close two plants.',
      ['Kestrel/ORG'],
      [],
    ],
    [
      'a capital opening a headline before a lower-case noun modifies it',
      'Engine troubles delay launch\nThe launch was put off.',
      [],
      ['Engine/ORG'],
    ],
    [
      'a name the tagger takes for a verb is still a name when never written in lower case',
      'Analysts said Ford would cut jobs, and Ford shares fell.',
      ['Ford/ORG'],
      [],
    ],
    [
      'a capitalized common word the text also writes in lower case is not a name',
      'The Mark rose, a mark of confidence.',
      [],
      ['Mark/ORG'],
    ],
    [
      'an organisation name may end in a country',
      'Orders came from Air Canada and from Kestrel Bank Europe.',
      ['Air Canada/ORG', 'Kestrel Bank Europe/ORG'],
      ['Canada/LOC', 'Europe/LOC'],
    ],
    [
      'a person before a country is not an organisation',
      'Talks between Okafor and Canada stalled.',
      ['Canada/LOC'],
      ['Okafor Canada/ORG'],
    ],
    [
      'an airport is a place',
      'The jet landed at Tarrow International Airport on Monday.',
      ['Tarrow International Airport/LOC'],
      [],
    ],
    [
      'a role word closes an organisation name',
      'Analysts said Halvern Motor Company and Brightwater Shipping Corporation would merge.',
      ['Halvern Motor Company/ORG', 'Brightwater Shipping Corporation/ORG'],
      [],
    ],
    [
      'a complete organisation name before "and" is a list of two',
      'Orders came from Tasman Airlines and Coral Airways last week.',
      ['Tasman Airlines/ORG', 'Coral Airways/ORG'],
      ['Tasman Airlines and Coral Airways/ORG'],
    ],
    [
      '"and" inside a name without a complete name before it stays one name',
      'He spoke at the Belt and Road Forum in Beijing.',
      [],
      ['Belt/ORG', 'Road Forum/ORG'],
    ],
    [
      'an unknown name after "in" is a place unless the article shows otherwise',
      'Kestrel said profits rose. Investors bought a stake in Kestrel last year.',
      ['Kestrel/ORG'],
      ['Kestrel/LOC'],
    ],
    [
      'an unknown name after a noun and "at" with a possessive is an organisation',
      "Shareholders complained about waits at Tormund 's offices.",
      ['Tormund/ORG'],
      ['Tormund/LOC'],
    ],
    ['the villagers fled to Karvosk', 'The villagers fled to Karvosk after the floods.', ['Karvosk/LOC'], []],
    [
      'an organisation is shortened to its first word, a person to the last',
      'Hallworth Grimsby won the contract. Analysts said Hallworth had the better bid.',
      ['Hallworth Grimsby/ORG'],
      ['Hallworth Grimsby/PER'],
    ],
    [
      'a person shortened to the family name stays a person',
      'Martin Okonjo won the seat. Voters said Okonjo had the better plan.',
      ['Martin Okonjo/PER'],
      ['Martin Okonjo/ORG'],
    ],
    [
      'a big city is not a person by shape',
      'The carmaker opened offices in San Francisco and Los Angeles.',
      ['San Francisco/LOC', 'Los Angeles/LOC'],
      ['San Francisco/PER', 'Los Angeles/PER'],
    ],
    [
      'a two-word name after a word for firms is a firm, wherever it recurs',
      'Tolland Brisk fell in early trade.\nShares of the airline Tolland Brisk rose later.',
      ['Tolland Brisk/ORG'],
      ['Tolland Brisk/PER'],
    ],
    [
      'a two-word name opening a company name with its legal form is that firm',
      'Tolland Brisk ordered jets.\nTolland Brisk Group PLC said the order was its largest.',
      ['Tolland Brisk/ORG'],
      ['Tolland Brisk/PER'],
    ],
    [
      'a conference or trade show is an event, not an organisation',
      'Kestrel showed the phone at its Harbourview Developers Conference and later at the Tolland Air Show.',
      ['Kestrel/ORG'],
      ['Harbourview Developers Conference/ORG', 'Tolland Air Show/ORG'],
    ],
    [
      'a body whose name holds "Conference" before its head stays an organisation',
      'The Conference Board said consumer confidence fell.',
      ['The Conference Board/ORG'],
      [],
    ],
    [
      'a demonym before a lower-case adjective or noun is no name',
      'Kestrel beat European aircraft makers and Chilean political rivals.',
      ['Kestrel/ORG'],
      ['European/ORG', 'Chilean/ORG'],
    ],
    [
      'a name ending like a demonym before a verb stays a name',
      'Analysts said Vornean fell 3 % after Kestrel cut prices.',
      ['Vornean/ORG'],
      [],
    ],
    [
      'a person named before an ordinary noun stays a person',
      'Shares fell after analyst Marta Kowalczyk spoke.\nMarta Kowalczyk said prices would rise.',
      ['Marta Kowalczyk/PER'],
      ['Marta Kowalczyk/ORG'],
    ],
    [
      'a person whose name opens a foundation stays a person',
      'Marta Kowalczyk gave a speech.\nThe Marta Kowalczyk Foundation paid for it.',
      ['Marta Kowalczyk/PER'],
      ['Marta Kowalczyk/ORG'],
    ],
  ])('%s', (_case, text, present, absent) => {
    const names = typed(code(text));
    for (const p of present) expect(names).toContain(p);
    for (const a of absent) expect(names).not.toContain(a);
  });

  it.each<[string, string, string]>([
    // [case, text, product mention]
    ['make before a model number', 'The airline ordered ten Corvid A220-300 jets.', 'Corvid'],
    ['name after a model number', 'Tests of the new 757 Skylark were delayed.', 'Skylark'],
    ['index with its number', 'The Hexa 50 index rose 2 %.', 'Hexa'],
    ['letters glued to a number', 'The phone has 4G coverage.', 'G'],
    ['letters glued to a currency sign', 'The state paid KR$ 40 million.', 'KR'],
    ['a time zone', 'Trading resumed at 0800 GMT on Monday.', 'GMT'],
    ['a currency code', 'The fund raised 5 million USD last year.', 'USD'],
    ['capitals after a product brand', 'Songs sold on the iTunes Music Store rose.', 'Music Store'],
    [
      'capitals after another product brand',
      'He bought an eReader Deluxe Edition on Monday.',
      'Deluxe Edition',
    ],
    ['a name before "operating system"', 'Kestrel previewed its Tolland OS operating system.', 'Tolland OS'],
  ])('product: %s', (_case, text, mention) => {
    const doc = code(text);
    const e = entity(doc, mention);
    expect(e === undefined || e.type === 'MISC', JSON.stringify(e)).toBe(true);
  });

  it.each<[string, string, string]>([
    // [case, text, name that stays a name]
    ['a year after a name is not a model', 'Kestrel 2019 results were strong, said Kestrel.', 'Kestrel'],
    ['a count before a name is not a model', 'Analysts said 60 Kestrel workers went on strike.', 'Kestrel'],
    [
      'a capitalized word before a name is no brand',
      'Shares in Big Kestrel Holdings rose, said Kestrel.',
      'Kestrel',
    ],
    ['a product brand after a name leaves the name', 'Kestrel iPhones sold well, Kestrel said.', 'Kestrel'],
    ['"operating" alone is no product cue', 'Kestrel operating profit rose, said Kestrel.', 'Kestrel'],
  ])('not a product: %s', (_case, text, mention) => {
    expect(entity(code(text), mention)?.type).toBe('ORG');
  });
});

describe('entity extents: descriptions and states widen the reported span (issue #3)', () => {
  const spans = (doc: CodedDoc) => doc.entities.map((e) => `${e.text}/${e.type}`);
  it.each<[string, string, string[], string[]]>([
    // [case, text, entities present, entities absent]
    [
      'a country and descriptor before an organisation, beside the bare name',
      'The US carmaker Halvern Motors cut 900 jobs.',
      ['The US carmaker Halvern Motors/ORG', 'Halvern Motors/ORG'],
      [],
    ],
    [
      'a descriptor set off by a comma',
      'Danish low cost airline, Skyvane, ordered ten jets.',
      ['Danish low cost airline, Skyvane/ORG', 'Skyvane/ORG'],
      [],
    ],
    [
      'a description opening a headline',
      'Aircraft maker Corvid wins order\nThe order came on Monday.',
      ['Aircraft maker Corvid/ORG'],
      [],
    ],
    [
      'a plain noun before a name is no description',
      'Shares of rivals Skyvane fell.',
      ['Skyvane/ORG'],
      ['rivals Skyvane/ORG'],
    ],
    [
      'a title and its country before a person',
      'Australian Prime Minister John Howard met the press.',
      ['Australian Prime Minister John Howard/PER', 'John Howard/PER'],
      [],
    ],
    ['an honorific before a surname', 'Senator Okafor said the bill would pass.', ['Senator Okafor/PER'], []],
    [
      'a body named with capitals mid-sentence is an organisation, with "the"',
      'The bill failed to pass the Senate on Friday.',
      ['the Senate/ORG'],
      ['Senate/MISC'],
    ],
    [
      'a body named with its country',
      'Rates were cut by the Swiss National Bank today.',
      ['the Swiss National Bank/ORG'],
      [],
    ],
    [
      'a body in lower case stays a role',
      'The bill failed to pass the senate on Friday.',
      [],
      ['the senate/ORG'],
    ],
    [
      'a body word closing a longer name is not the body',
      'Sales at Halvern Motor Company fell.',
      [],
      ['Company/ORG'],
    ],
    [
      'a name before a lower-case noun leaves "the" to the noun',
      'Analysts said the United States economy grew, as the United States said.',
      ['United States/LOC', 'the United States/LOC'],
      ['the United States economy/LOC'],
    ],
    [
      'a city with its state',
      'The plant is in Mobile, Alabama.',
      ['Mobile, Alabama/LOC', 'Alabama/LOC'],
      ['Mobile/LOC'],
    ],
    ['a city with its country', 'They flew to Toulouse, France.', ['Toulouse, France/LOC', 'France/LOC'], []],
    [
      'a country describing a named firm is no entity of its own',
      'The US carmaker Halvern Motors cut 900 jobs in Mexico.',
      ['US/MISC', 'Mexico/LOC'],
      ['US/LOC'],
    ],
    [
      'a country before a plain noun stays a place',
      'Shares of US banks fell in Kenya.',
      ['US/LOC', 'Kenya/LOC'],
      ['US/MISC'],
    ],
    [
      'a government named after its place is a place',
      'Loans came from the provincial government of Ontario and the government of Peru.',
      ['the provincial government of Ontario/LOC', 'the government of Peru/LOC'],
      ['Ontario/LOC', 'Peru/LOC'],
    ],
    [
      'a place after "of" without a government stays bare',
      'The president of Peru visited the capital of Chile.',
      ['Peru/LOC', 'Chile/LOC'],
      ['the capital of Chile/LOC'],
    ],
    [
      'a government named with capitals is its country, a place',
      'Aid was promised by the Canadian Government and the Senate.',
      ['the Canadian Government/LOC', 'the Senate/ORG'],
      ['the Canadian Government/ORG'],
    ],
  ])('%s', (_case, text, present, absent) => {
    const doc = code(text);
    const all = spans(doc);
    for (const p of present) expect(all, JSON.stringify(all)).toContain(p);
    for (const a of absent) expect(all).not.toContain(a);
    for (const e of doc.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('the widened city span leaves the place and the actor codes to the bare names', () => {
    const doc = code('The Russian President Vladimir Putin spoke in Mobile, Alabama.');
    expect(doc.places.map((p) => p.text)).toContain('Mobile');
    expect(actorCode(doc, 'Vladimir Putin')).toBe('RUSGOV');
  });
});
