// Times as TIMEX3 against the publication date, places on the map, and amounts (issue 5).
import { describe, expect, it } from 'vitest';
import type { CodedDoc } from '../core/index.js';
import { createPipeline } from '../pipeline/index.js';

const pipeline = createPipeline({ stages: ['times', 'amounts', 'mentions', 'actors', 'places'] });
const code = (text: string, published: string | null = '2023-10-18'): CodedDoc =>
  pipeline.code({ id: 't', text, ...(published ? { published } : {}) });

describe('times', () => {
  it.each<[string, string, string, string]>([
    // [text, span, type, value] with publication date Wednesday 2023-10-18
    ['They met on Tuesday.', 'Tuesday', 'DATE', '2023-10-17'],
    ['Russia supplied grain this year.', 'this year', 'DATE', '2023'],
    ['The minister had recently visited.', 'recently', 'DATE', 'PAST_REF'],
    ['A team visited earlier this month.', 'earlier this month', 'DATE', '2023-10'],
    ['Trade fell last year.', 'last year', 'DATE', '2022'],
    ['Talks resume next week.', 'next week', 'DATE', '2023-W43'],
    ['The deal was signed on March 5, 1998.', 'March 5, 1998', 'DATE', '1998-03-05'],
    ['It was a decade of growth in the 1990s.', 'the 1990s', 'DATE', '199'],
    ['Output grew over the past decade.', 'over the past decade', 'DURATION', 'P10Y'],
    ['The strike lasted three days.', 'three days', 'DURATION', 'P3D'],
    ['They meet every year.', 'every year', 'SET', 'P1Y'],
    ['Profits rose in the third quarter.', 'the third quarter', 'DATE', '2023-Q3'],
    ['He resigned two years ago.', 'two years ago', 'DATE', '2021'],
    ['She is currently abroad.', 'currently', 'DATE', 'PRESENT_REF'],
    ['They arrived on Monday morning.', 'Monday morning', 'TIME', '2023-10-16TMO'],
    ['The vote was held in May.', 'May', 'DATE', '2023-05'],
    // weekdays: the past one, the next one when the clause speaks of the future, the one before with "last"
    ['The talks will resume on Friday.', 'Friday', 'DATE', '2023-10-20'],
    ['The sale is scheduled to close Monday.', 'Monday', 'DATE', '2023-10-23'],
    ['The deal will cost $5 million, the ministry said Friday.', 'Friday', 'DATE', '2023-10-13'],
    ['Shares fell last Wednesday.', 'last Wednesday', 'DATE', '2023-10-11'],
    // months without a year: the nearest, or the next one when the clause speaks of the future
    ['The dividend will be paid Sept. 30.', 'Sept. 30', 'DATE', '2024-09-30'],
    ['The dividend was paid Sept. 30.', 'Sept. 30', 'DATE', '2023-09-30'],
    ['Elections were held in March.', 'March', 'DATE', '2023-03'],
    ['Turnout was low on March 4.', 'March 4', 'DATE', '2023-03-04'],
    ['The bonds mature Dec. 1.', 'Dec. 1', 'DATE', '2023-12-01'],
    // spoken years in broadcast transcripts
    ['It was built in nineteen ninety-six.', 'nineteen ninety-six', 'DATE', '1996'],
    ['Prices peaked in nineteen eighty.', 'nineteen eighty', 'DATE', '1980'],
    ['It opened in January nineteen ninety-seven.', 'January nineteen ninety-seven', 'DATE', '1997-01'],
    ['The plan ran to the year two thousand.', 'the year two thousand', 'DATE', '2000'],
    ['Two rockets struck over the weekend.', 'over the weekend', 'DATE', '2023-W41-WE'],
    ['Rates may rise in coming months.', 'coming months', 'DATE', 'FUTURE_REF'],
    // quarters and halves of a named year
    ["Sales rose in this year's third quarter.", "this year's third quarter", 'DATE', '2023-Q3'],
    ['Output fell in the 2021 second quarter.', 'the 2021 second quarter', 'DATE', '2021-Q2'],
    ['Costs rose from the year-earlier fourth quarter.', 'year-earlier fourth quarter', 'DATE', '2022-Q4'],
    ['Growth slowed in the second half of 2022.', 'the second half of 2022', 'DATE', '2022-H2'],
    // vague references
    ['Prices have risen in recent years.', 'recent years', 'DATE', 'PAST_REF'],
    ['Rates will stay high in the near term.', 'the near term', 'DATE', 'FUTURE_REF'],
    ['Talks may resume in the near future.', 'the near future', 'DATE', 'FUTURE_REF'],
    // "a year earlier" alone is the previous year
    ['He had resigned a year earlier.', 'a year earlier', 'DATE', '2022'],
    // durations kept next to the rules that drop ages, shares and rates
    ['The 8-month-old ceasefire is fragile.', '8-month-old', 'DURATION', 'P8M'],
    ['Losses mounted for three quarters.', 'three quarters', 'DURATION', 'P3Q'],
    ['The mill ran three quarters of 2022.', 'three quarters', 'DURATION', 'P3Q'],
    ['He will return in a year.', 'a year', 'DURATION', 'P1Y'],
    ['Exports reached their lowest level in a month.', 'a month', 'DURATION', 'P1M'],
    ['Talks will resume soon.', 'soon', 'DATE', 'FUTURE_REF'],
    ['Please reply as soon as possible.', 'as soon as possible', 'DATE', 'FUTURE_REF'],
    // a fiscal year told by its last day is a span; "the full year" is the year of the report
    ['Revenue for the year ended June 30 rose 5%.', 'the year', 'DURATION', 'P1Y'],
    ['It expects a loss in the fiscal year ending March 31.', 'the fiscal year', 'DURATION', 'P1Y'],
    ['Sales for the full year rose 4%.', 'the full year', 'DATE', '2023'],
    ['Earnings for the fiscal year will fall.', 'the fiscal year', 'DATE', '2023'],
    // a month after a preposition: the next one when the clause speaks of the future
    ['The airline will double its flights by August.', 'August', 'DATE', '2024-08'],
    ['The airline doubled its flights by August.', 'August', 'DATE', '2023-08'],
    ['The new line is expected to open in November.', 'November', 'DATE', '2023-11'],
    // recent weeks and months are a vague stretch; recent years and days stay a vague past
    ['Prices have climbed in recent months.', 'recent months', 'DURATION', 'PXM'],
    ['Clashes grew in recent weeks.', 'recent weeks', 'DURATION', 'PXW'],
    ['Clashes grew in recent days.', 'recent days', 'DATE', 'PAST_REF'],
    // a count and a half
    ['They lived in camps for 2 1/2 years.', '2 1/2 years', 'DURATION', 'P2Y6M'],
    ['The siege lasted two and a half days.', 'two and a half days', 'DURATION', 'P2DT12H'],
    ['But a minute and a half later, the pilot called.', 'a minute and a half', 'DURATION', 'PT1M30S'],
    ['The talk ran for 2 hours.', '2 hours', 'DURATION', 'PT2H'],
    // centuries, "mid-" years, "set to" as a future marker
    ['The 12th-century abbey burned.', '12th-century', 'DATE', '11'],
    ['It was the bloodiest war of the 20th century.', 'the 20th century', 'DATE', '19'],
    ['The rebels split in mid-2019.', 'mid-2019', 'DATE', '2019'],
    ['The mid-2019 figures were revised.', 'mid-2019', 'DATE', '2019'],
    ['The talks, set to resume Monday, were delayed.', 'Monday', 'DATE', '2023-10-23'],
    ['The talks, which resumed Monday, were delayed.', 'Monday', 'DATE', '2023-10-16'],
  ])('%s', (text, span, type, value) => {
    const t = code(text).times.find((x) => x.text.includes(span) || span.includes(x.text));
    expect(t, JSON.stringify(code(text).times)).toBeDefined();
    expect(t!.type).toBe(type);
    expect(t!.value).toBe(value);
    expect(text.slice(t!.start, t!.end)).toBe(t!.text);
  });

  it('never resolves a relative date against today when there is no publication date', () => {
    const doc = code('They met on Tuesday and signed on March 5, 1998.', null);
    expect(doc.times.find((t) => t.text === 'Tuesday')?.value).toBeNull();
    expect(doc.times.find((t) => t.text.includes('1998'))?.value).toBe('1998-03-05');
    expect(doc.issues?.some((i) => i.code === 'no_reference_date')).toBe(true);
  });

  it.each<[string, string, string]>([
    // [text, expression, value]: "a year earlier" after a quarter is that quarter a year before
    [
      'Profit rose in the second quarter to $5 million from $4 million a year earlier.',
      'a year earlier',
      '2022-Q2',
    ],
    ['Third-quarter sales fell 3% from the year-earlier level.', 'year-earlier', '2022-Q3'],
    ['Net income doubled in the fourth quarter of 2021; a year ago it had fallen.', 'a year ago', '2020-Q4'],
    [
      'Sales rose 4% in the second quarter. In the year-earlier period, they fell.',
      'the year-earlier period',
      '2022-Q2',
    ],
    ['Output rose in the third quarter, after a loss in the 2022 quarter.', 'the 2022 quarter', '2022-Q3'],
    ['Net income was $3 million in the 2021 period.', 'the 2021 period', '2021'],
  ])('anchors to the quarter: %s', (text, span, value) => {
    const t = code(text).times.find((x) => x.text.includes(span));
    expect(t, JSON.stringify(code(text).times)).toBeDefined();
    expect(t!.value).toBe(value);
  });

  it.each<[string, string]>([
    // [text, words that are no time expression]: ages, shares, rates, "soon" relative to another event
    ['Mr. Lee, 52 years old, will retire.', '52 years'],
    ['The firm, a 136-year-old bank, was sold.', '136-year'],
    ['Iraq imports about three-quarters of its food.', 'three-quarters'],
    ['Funds hold more than a quarter of the market.', 'a quarter'],
    ['The stock pays $1.20 a year.', 'a year'],
    ['The cuts save $500 million a year in costs.', 'a year'],
    ['Four flights a week leave Sydney.', 'a week'],
    ['The plant makes 700 cars a week.', 'a week'],
    ['Trading resumed as soon as the market opened.', 'soon'],
    ['He was killed soon after his capture.', 'soon'],
  ])('no time expression: %s', (text, words) => {
    const times = code(text).times;
    expect(
      times.some((t) => t.text.includes(words) || words.includes(t.text)),
      JSON.stringify(times),
    ).toBe(false);
  });

  it('does not read numbers in amounts as years', () => {
    expect(code('The plant produced 2,000 tons and 1998 tonnes.').times.map((t) => t.text)).toEqual([]);
    expect(code('Nineteen people and two thousand sheep were lost.').times.map((t) => t.text)).toEqual([]);
  });
});

describe('places', () => {
  it.each<[string, string, string | null, [number, number]?]>([
    ['BEIJING: The talks opened.', 'BEIJING', 'CN', [39.9, 116.4]],
    ['Troops crossed into Afghanistan.', 'Afghanistan', 'AF'],
    ['The trade mission visited Lahore.', 'Lahore', 'PK', [31.55, 74.34]],
    ['Officials met in Paris.', 'Paris', 'FR'],
    ['Tension rose in the Middle East.', 'Middle East', null],
    ['The team flew in from Alexandria, Virginia, on Monday.', 'Alexandria', 'US', [38.8, -77.05]],
  ])('%s', (text, span, country, point) => {
    const p = code(text).places.find((x) => x.text === span);
    expect(p).toBeDefined();
    expect(p!.country ?? null).toBe(country);
    if (point) {
      expect(p!.lat).toBeCloseTo(point[0], 0);
      expect(p!.lon).toBeCloseTo(point[1], 0);
    }
    expect(p!.confidence).toBeGreaterThan(0);
  });

  it('prefers the town near the other places of a local story', () => {
    const doc = code('A fire in Paris, Texas, was put out by crews from Dallas, Texas.');
    expect(doc.places.find((p) => p.text === 'Paris')?.country).toBe('US');
  });

  it.each<[string, string, string, [number, number]?]>([
    // [text, place span, expected country, expected point (rough)]
    // a town named like a country, with a noun a country's name does not take
    ['A Lebanon man was charged after the crash, police said.', 'Lebanon', 'US'],
    ['Two Palestine residents were hurt in the fire near Tyler, Texas.', 'Palestine', 'US', [31.76, -95.63]],
    // ... or in an article whose places lie in the town's country and nothing points abroad
    [
      'Jordan council members met in Shakopee. Later, Jordan agreed with Chaska and Minneapolis on roads.',
      'Jordan',
      'US',
      [44.67, -93.63],
    ],
    // the country itself when the article points to it (its capital, its demonym)
    ['Jordan closed its border, Jordanian officials in Amman said.', 'Jordan', 'JO'],
    ['Troops from Texas and Ohio arrived in Lebanon, officials in Beirut said.', 'Lebanon', 'LB'],
  ])('town or country: %s', (text, span, country, point) => {
    const p = code(text).places.find((x) => x.text === span);
    expect(p, JSON.stringify(code(text).places)).toBeDefined();
    expect(p!.country).toBe(country);
    if (point) {
      expect(p!.lat).toBeCloseTo(point[0], 0);
      expect(p!.lon).toBeCloseTo(point[1], 0);
    }
  });

  it.each<[string, string, [number, number] | null]>([
    // [text, county span, expected point near the story's towns, or null when nothing places it]
    [
      'Deputies from Scott County searched homes in Lexington and Frankfort, Ky.',
      'Scott County',
      [38.1, -84.7],
    ],
    // the state the article names counts with its towns against a town elsewhere
    [
      'A firm from Atlanta will build it; Kentucky officials said Madison County and Louisville will share the cost.',
      'Madison County',
      [38.25, -85.76],
    ],
    // no town placed: the state the article names
    ['Deputies from Hall County searched farms across Nebraska.', 'Hall County', [41.5, -99.8]],
    ['The Boone County Sheriff said Columbia and Ashland, Mo., had floods.', 'Boone County', [38.8, -92.3]],
    ['Crews from Madison County helped Athens, Ga., and Watkinsville.', 'Madison', [33.9, -83.4]],
    [
      'Voters in Rapides Parish backed the plan, officials in Louisiana said.',
      'Rapides Parish',
      [31.07, -91.96],
    ],
    ['Lakes froze in Hall County this week.', 'Hall County', null],
  ])('county: %s', (text, span, point) => {
    const p = code(text).places.find((x) => x.text.includes(span));
    expect(p, JSON.stringify(code(text).places)).toBeDefined();
    if (!point) return expect(p!.lat).toBeUndefined();
    expect(p!.country).toBe('US');
    expect(p!.featureClass).toBe('A');
    expect(Math.abs(p!.lat! - point[0])).toBeLessThan(1);
    expect(Math.abs(p!.lon! - point[1])).toBeLessThan(1);
  });

  it.each<[string, string, string]>([
    // [text, name, expected country]: a name opening with a town's name stands for that town
    [
      'Flights to Kansas City International were delayed, and Wichita closed roads.',
      'Kansas City International',
      'US',
    ],
    ['The Huntsville City Council met in Huntsville, Alabama.', 'Huntsville City Council', 'US'],
  ])('leading town: %s', (text, name, country) => {
    const p = code(text).places.find((x) => x.text.includes(name) || name.includes(x.text));
    expect(p, JSON.stringify(code(text).places)).toBeDefined();
    expect(p!.country).toBe(country);
  });

  it.each<[string, number]>([
    // [text, latitude of Norfolk]: readings of two town names that lie close together support each other
    ['A man from Norfolk paid restitution, police said.', 36.8],
    ['A man from Norfolk paid restitution after a court in Columbus fined him.', 42.0],
  ])('nearby readings: %s', (text, lat) => {
    const p = code(text).places.find((x) => x.text === 'Norfolk');
    expect(p?.country).toBe('US');
    expect(p!.lat).toBeCloseTo(lat, 0);
  });

  it.each<[string, string, string, [number, number]?]>([
    // [text, span, expected country, rough point]: a name that is a country and a US state
    ['Rain soaked Atlanta on Monday, and Georgia farmers welcomed it.', 'Georgia', 'US', [32.7, -83.4]],
    ['Georgia and Armenia signed a pipeline deal in Tbilisi.', 'Georgia', 'GE'],
    ['Georgia signed a pipeline deal, officials said.', 'Georgia', 'GE'],
  ])('state or country: %s', (text, span, country, point) => {
    const p = code(text).places.find((x) => x.text === span);
    expect(p, JSON.stringify(code(text).places)).toBeDefined();
    expect(p!.country).toBe(country);
    if (point) {
      expect(Math.abs(p!.lat! - point[0])).toBeLessThan(1.5);
      expect(Math.abs(p!.lon! - point[1])).toBeLessThan(1.5);
    }
  });

  it.each<[string, string, [number, number]]>([
    // [text, county span, rough point]: the state the article names outweighs the most populous namesake town
    [
      'A man from Huntsville was held in Walker County, Texas officials said.',
      'Walker County',
      [31.0, -97.5],
    ],
    // ... and agrees with a town of its own
    ['Crews from Portland met Coos County officials; Oregon will pay.', 'Coos County', [44.5, -121.5]],
  ])('named state: %s', (text, span, point) => {
    const p = code(text).places.find((x) => x.text.includes(span));
    expect(p, JSON.stringify(code(text).places)).toBeDefined();
    expect(Math.abs(p!.lat! - point[0])).toBeLessThan(2.5);
    expect(Math.abs(p!.lon! - point[1])).toBeLessThan(2.5);
  });

  it('parts of person names and abbreviations are never places', () => {
    const places = code('PM Kakar met President Vladimir Putin and Mr Sharif.').places.map((p) => p.text);
    for (const name of ['PM', 'Vladimir', 'Putin', 'Kakar', 'Sharif']) expect(places).not.toContain(name);
  });
});

describe('amounts', () => {
  it.each<[string, string, number, string | undefined, string | undefined, boolean]>([
    // [text, span contains, value, unit, object, approximate]
    ['Russia supplied around a million tons of cereals.', 'million tons', 1e6, 't', 'cereals', true],
    ['It is a country of 240 million population.', '240 million', 240e6, undefined, 'population', false],
    ['The IMF approved a $2 billion loan.', '$2 billion', 2e9, 'USD', 'loan', false],
    ['The project costs Rs 50 crore.', 'Rs 50 crore', 5e8, 'PKR', undefined, false],
    ['Exports rose 15 percent.', '15 percent', 15, '%', undefined, false],
    ['They shipped 1.5 million barrels.', '1.5 million barrels', 1.5e6, 'barrels', undefined, false],
    ['Nearly 300 people were hurt.', '300', 300, undefined, 'people', true],
    ['The loan is worth €1.2bn.', '€1.2bn', 1.2e9, 'EUR', undefined, false],
    ['A 500 MW plant opened.', '500 MW', 500, 'MW', 'plant', false],
    ['They pledged 10 billion yuan.', '10 billion yuan', 1e10, 'CNY', undefined, false],
  ])('%s', (text, span, value, unit, object, approximate) => {
    const a = code(text).amounts.find((x) => x.text.includes(span));
    expect(a, JSON.stringify(code(text).amounts)).toBeDefined();
    expect(a!.value).toBeCloseTo(value);
    expect(a!.unit).toBe(unit);
    if (object) expect(a!.object).toBe(object);
    expect(a!.approximate).toBe(approximate);
  });

  it('ignores dates, ordinals and codes', () => {
    expect(code('On March 5, 2023 the 3rd F-16 flew at 5:30.').amounts).toEqual([]);
  });
});
