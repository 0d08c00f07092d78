// Events: clauses, passives, coordination, negation, modality, reported speech, dates and places (issue 4).
import { describe, expect, it } from 'vitest';
import type { CodedDoc, Event } from '../core/index.js';
import { createPipeline } from '../pipeline/index.js';

const pipeline = createPipeline();
const code = (text: string, published = '2023-10-18'): CodedDoc =>
  pipeline.code({ id: 't', text, published });
const codes = (doc: CodedDoc, ids: string[]) =>
  ids.map((id) => doc.actors.find((a) => a.id === id)?.code.slice(0, 3));
const find = (doc: CodedDoc, trigger: string): Event | undefined =>
  doc.events.find((e) => e.trigger.text.includes(trigger));

describe('event coding', () => {
  it.each<[string, string, string, string, string, string[], string[]]>([
    // [case, text, trigger, type, cameo root, source countries, target countries]
    [
      'meeting',
      'Pakistan’s prime minister met Russia’s president in Beijing.',
      'met',
      'CONSULT',
      '04',
      ['PAK'],
      ['RUS'],
    ],
    [
      'supply',
      'Russia supplied a million tons of cereals to Pakistan.',
      'supplied',
      'COOPERATE',
      '06',
      ['RUS'],
      ['PAK'],
    ],
    [
      'passive',
      'The Kazakh president was received by Pakistan’s prime minister.',
      'received',
      'CONSULT',
      '04',
      ['PAK'],
      ['KAZ'],
    ],
    [
      'coordinated subjects',
      'France and Germany condemned Iran.',
      'condemned',
      'ACCUSE',
      '11',
      ['FRA', 'DEU'],
      ['IRN'],
    ],
    [
      'shared subject',
      'Japan met Korea and signed a fisheries agreement with Korea.',
      'signed',
      'SUPPORT',
      '05',
      ['JPN'],
      ['KOR'],
    ],
    ['call for', 'Egypt called for talks with Ethiopia.', 'called for', 'REQUEST', '02', ['EGY'], []],
    [
      'light verb',
      'Russia carried out an attack on Ukrainian ports.',
      'attack',
      'ASSAULT',
      '19',
      ['RUS'],
      ['UKR'],
    ],
    [
      'apposition',
      'Chile’s president, Gabriel Boric, criticized Peru.',
      'criticized',
      'ACCUSE',
      '11',
      ['CHL'],
      ['PER'],
    ],
    [
      'visit abroad',
      'Pakistan’s energy minister attended an energy forum in Russia.',
      'attended',
      'CONSULT',
      '04',
      ['PAK'],
      ['RUS'],
    ],
    ['act abroad', 'Serbia lifted the curfew in Montenegro.', 'lifted', 'CONCEDE', '08', ['SRB'], ['MNE']],
    // Easing a curfew or emergency rule is a political concession (CAMEO 081x); lifting a siege stays a military retreat.
    ['lift emergency', 'Peru lifted the state of emergency in Lima.', 'lifted', 'CONCEDE', '08', ['PER'], []],
    ['lift siege', 'Armenia lifted the siege of the border town.', 'lifted', 'RETREAT', '08', ['ARM'], []],
    // "a blockade on X" names the blockaded side
    [
      'blockade on a people',
      'Egypt lifted its blockade on Sudanese traders.',
      'lifted',
      'RETREAT',
      '08',
      ['EGY'],
      ['SDN'],
    ],
    [
      'owner of the object',
      'Israeli tanks shelled positions of the Palestinian security forces.',
      'shelled',
      'ASSAULT',
      '19',
      ['ISR'],
      ['PSE'],
    ],
    [
      'part word before the group',
      'Tens of thousands of Kenyan teachers marched in Nairobi.',
      'marched',
      'PROTEST',
      '14',
      ['KEN'],
      ['KEN'],
    ],
    // a participle phrase after the subject noun does not hide the subject
    [
      'participle after the subject',
      'Turkish jets carrying guided bombs killed 12 Syrian soldiers.',
      'killed',
      'ASSAULT',
      '19',
      ['TUR'],
      ['SYR'],
    ],
    [
      'participle with an object',
      'Kenyan police dispersing the crowd arrested Somali traders.',
      'arrested',
      'COERCE',
      '17',
      ['KEN'],
      ['SOM'],
    ],
    [
      'leaders of a group',
      'Leaders of the Chilean opposition met Argentina’s president.',
      'met',
      'CONSULT',
      '04',
      ['CHL'],
      ['ARG'],
    ],
  ])('%s', (_case, text, trigger, type, root, source, target) => {
    const doc = code(text);
    const e = find(doc, trigger);
    expect(e, JSON.stringify(doc.events.map((x) => [x.type, x.trigger.text]))).toBeDefined();
    expect(e!.type).toBe(type);
    expect(e!.cameo.slice(0, 2)).toBe(root);
    expect(codes(doc, e!.source)).toEqual(source);
    if (target.length) expect(codes(doc, e!.target)).toEqual(expect.arrayContaining(target));
    expect(doc.text.slice(e!.trigger.start, e!.trigger.end)).toBe(e!.trigger.text);
    expect(doc.sentences[e!.sentence]).toBeDefined();
  });
});

describe('negation and modality', () => {
  it.each<[string, string, boolean, string, string?]>([
    ['India did not meet Pakistan.', 'meet', true, 'asserted'],
    ['China never attacked Vietnam.', 'attacked', true, 'asserted'],
    ['Kenya will meet Uganda next week.', 'meet', false, 'intended', 'AGREE'],
    ['Iran could attack Israel.', 'attack', false, 'hypothetical', 'THREATEN'],
    ['Brazil wants Argentina to release the prisoners.', 'release', false, 'intended'],
    ['Peru plans to expel Bolivian diplomats.', 'expel', false, 'intended', 'THREATEN'],
  ])('%s', (text, trigger, negated, modality, type) => {
    const e = find(code(text), trigger);
    expect(e).toBeDefined();
    expect(e!.negated).toBe(negated);
    expect(e!.modality).toBe(modality);
    if (type) expect(e!.type).toBe(type);
  });
});

describe('reported speech', () => {
  it('codes the reported event with its own subject, not the speaker', () => {
    const doc = code('President Putin said Pakistan and Russia celebrated the anniversary of ties.');
    const e = find(doc, 'celebrated');
    if (e) expect(codes(doc, e.source)).toEqual(['PAK', 'RUS'].slice(0, e.source.length));
    expect(doc.events.some((x) => x.trigger.text === 'said' && x.target.length > 0)).toBe(false);
  });
});

describe('dates and places', () => {
  it('takes the date of the clause and marks it implied when the publication date resolved it', () => {
    const e = find(code('BEIJING: Kakar on Tuesday met Putin.'), 'met');
    expect(e?.date).toEqual({ value: '2023-10-17', precision: 'day', stated: false });
  });

  it('falls back to the publication date as vague, never as the day', () => {
    const e = find(code('Japan praised India.'), 'praised');
    expect(e?.date).toEqual({ value: '2023-10-18', precision: 'vague', stated: false });
  });

  it('takes the place governing the clause, else the dateline', () => {
    const doc = code('BEIJING: Japan met Korea in Seoul. Later Japan praised Korea.');
    expect(doc.places[find(doc, 'met')!.place!]?.name).toBe('Seoul');
    expect(doc.places[find(doc, 'praised')!.place!]?.name).toBe('Beijing');
  });

  it('links the same event told twice', () => {
    const doc = code('Japan met Korea on Monday. The two sides held talks on trade.');
    const again = doc.events.find((e) => e.sameAs);
    expect(again?.sameAs).toBe(doc.events[0]!.id);
  });
});

describe('seed conventions', () => {
  it('the words terrorism and counter-terrorism alone are not attacks', () => {
    const doc = code('Pakistan and Russia agreed to cooperate on counter-terrorism and against terrorism.');
    expect(doc.events.some((e) => e.type === 'ASSAULT' || e.quadClass === 4)).toBe(false);
  });
});

describe('main event of the sentence', () => {
  // [text, triggers coded (in order), a trigger's source and target countries, its CAMEO code]
  it.each<[string, string[], string?, string[]?, string?]>([
    // the complement of an offer, threat or demand is that event's content, not an event of its own
    ['Chile offered to mediate between Peru and Bolivia.', ['offered to mediate'], 'offered', ['CHL', 'PER']],
    ['Serbia threatened to expel Croatian diplomats.', ['threatened to expel']],
    ['Uruguay demanded that Argentina reopen the bridge.', ['demanded'], 'demanded', ['URY', 'ARG']],
    // a purpose infinitive or a bare participle belongs to the act it follows
    ['Kenyan students staged protests to demand lower fees.', ['staged protests']],
    ['Japan sent engineers to Fiji to help rebuild the port.', ['sent'], 'sent', ['JPN', 'FJI']],
    // a new subject or a comma starts an event of its own
    ['Russia attacked Kharkiv and Ukraine wants to expel Russian diplomats.', ['attacked', 'expel']],
    ['Chad expelled a French envoy, accusing him of spying.', ['expelled', 'accusing']],
    // the closing report is neither an event nor a target
    [
      'Ghana expelled Togo’s ambassador, a government spokesman told Reuters.',
      ['expelled'],
      'expelled',
      ['GHA', 'TGO'],
    ],
    ['Mali expelled Danish troops, according to a statement from Bamako.', ['expelled']],
    ['Ghana accused Togo of arming the rebels.', ['accused']],
  ])('%s', (text, triggers, which, countries) => {
    const doc = code(text);
    expect(doc.events.map((e) => e.trigger.text)).toEqual(triggers);
    if (!which || !countries) return;
    const e = find(doc, which)!;
    expect([...codes(doc, e.source.slice(0, 1)), ...codes(doc, e.target.slice(0, 1))]).toEqual(countries);
  });

  it('gives the governing event the complement’s specific code of the same type', () => {
    expect(find(code('Egypt offered to hold talks with Sudan.'), 'offered')?.cameo).toBe('036');
  });

  it.each<[string, string[], string[]]>([
    // [text, triggers, targets of the first event] — no host country for a domestic act or an unknown source
    ['Kenya lifted the curfew in Nairobi.', ['lifted'], []],
    ['In Beijing, a foreign ministry spokeswoman rejected the claim.', ['rejected'], []],
    // a word of an actor's name or role is no event of its own
    ['Ghanaian security forces arrested two Togolese smugglers.', ['arrested'], ['TGO']],
  ])('%s', (text, triggers, target) => {
    const doc = code(text);
    expect(doc.events.map((e) => e.trigger.text)).toEqual(triggers);
    expect(codes(doc, doc.events[0]!.target)).toEqual(target);
  });

  it.each<[string, string[]]>([
    // one act per sides and type: "killed or wounded" is one event; a different type or side is another
    ['Sudanese gunmen killed or wounded 20 Chadian soldiers.', ['killed']],
    [
      'Sudanese gunmen killed 20 Chadian soldiers and kidnapped two Nigerian engineers.',
      ['killed', 'kidnapped'],
    ],
    // a verb the tagger reads as a noun, right after a verb trigger, is that verb's object
    ['The United Nations reduced food supplies to camps in Chad.', ['reduced food']],
  ])('%s', (text, triggers) => {
    expect(code(text).events.map((e) => e.trigger.text)).toEqual(triggers);
  });

  it.each<[string, string]>([
    // the main verb, not a participle that modifies a noun, is the most confident event
    ['Rebels in Mali violated the truce signed in Algiers as part of a peace accord.', 'violated'],
    ['Egyptian protesters rioted after a rally calling for the removal of the governor.', 'rioted'],
  ])('%s', (text, trigger) => {
    const events = code(text).events;
    const best = events.find((e) => e.trigger.text === trigger)!;
    for (const e of events) if (e !== best) expect(e.confidence).toBeLessThan(best.confidence);
  });

  it('does not take the speaker of a closing report as the source of an event without a subject', () => {
    const e = find(
      code('Two embassies were attacked in Tripoli, the Italian foreign minister said.'),
      'attacked',
    );
    expect(e?.source ?? []).toEqual([]);
  });
});

describe('domestic sides', () => {
  const countryOf = (doc: CodedDoc, id: string | undefined) => doc.actors.find((a) => a.id === id)?.code;
  it.each<[string, string, string, string | undefined]>([
    // [case, text, trigger, country of both sides (undefined: the side of no known country stays UNK)]
    [
      'a government acting on a group of no country',
      'The Cameroonian government lifted the ban on the National Renewal Front.',
      'lifted',
      'CMR',
    ],
    [
      'a union dealing with its government',
      'The Ndola Mineworkers Federation called off its strike after talks with the Zambian government.',
      'called off',
      'ZMB',
    ],
    [
      'another country named in the sentence',
      'The Cameroonian government lifted the ban on the National Renewal Front after pressure from France.',
      'lifted',
      undefined,
    ],
    [
      'an organisation that spans countries',
      'The Kenyan government expelled the Association of African Writers.',
      'expelled',
      undefined,
    ],
    [
      'a group acting on a country itself may be foreign',
      'The Ndola Mineworkers Federation condemned Zambia.',
      'condemned',
      undefined,
    ],
  ])('%s', (_case, text, trigger, expected) => {
    const doc = code(text);
    const e = find(doc, trigger);
    expect(e, JSON.stringify(doc.events.map((x) => [x.type, x.trigger.text]))).toBeDefined();
    const sides = [...e!.source.slice(0, 1), ...e!.target.slice(0, 1)].map((id) => countryOf(doc, id));
    expect(sides).toHaveLength(2);
    if (expected) expect(sides.every((c) => c?.startsWith(expected))).toBe(true);
    else expect(sides).toContain('UNK');
  });
});

describe('protest by the people of a country', () => {
  it.each<[string, string, string, string[]]>([
    // [case, text, trigger, target countries]
    ['people by their demonym', 'Thousands of Bolivian miners marched through La Paz.', 'marched', ['BOL']],
    [
      'a demonym before a people',
      'Thousands of Iranian Kurds demonstrated in Mahabad on Monday.',
      'demonstrated',
      ['IRN'],
    ],
    ['the country itself is no protester of itself', 'Chile protested on Friday.', 'protested', []],
  ])('%s', (_case, text, trigger, target) => {
    const doc = code(text);
    const e = find(doc, trigger);
    expect(e, JSON.stringify(doc.events.map((x) => [x.type, x.trigger.text]))).toBeDefined();
    expect(e!.type).toBe('PROTEST');
    expect(codes(doc, e!.target)).toEqual(target);
  });
});
