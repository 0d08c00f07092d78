// Time expressions chrono-node misses or values differently from TIMEX3: vague references, relative units,
// decades, durations, sets, quarters and parts of days. Rules are data: a pattern, a type, a value, an example.
import { NUMBER_PATTERN, parseNumber } from './numbers.js';
import { AHEAD_MS, dayValue, durationValue, parseDay, type Unit, unitValue } from './timex.js';

export interface TimeRule {
  id: string;
  pattern: RegExp;
  /** A cheap test the text must pass before the pattern runs (most articles have no "quarter" or "ago"). */
  hint?: RegExp;
  /** The pattern ends with a unit word ("three years", "two weeks ago"): run it only near unit words. */
  unitAnchored?: boolean;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** The TIMEX3 value; `ref` is the publication date (undefined when unknown: relative values are then null). */
  value: (m: RegExpExecArray, ref: Date | undefined) => string | null;
  /** The value when the clause before the expression speaks of the future ("will", "is expected to"). */
  future?: (m: RegExpExecArray, ref: Date | undefined) => string | null;
  /** true when the value does not depend on the publication date. */
  stated?: boolean;
  example: string;
}

const UNIT = '(year|month|week|quarter|decade|century|day|weekend)';
const UNITS_PLURAL = '(years?|months?|weeks?|days?|decades?|centuries|century|hours?|minutes?|quarters?)';
const singular = (u: string) => u.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '') as Unit;
const OFFSET: Record<string, number> = {
  this: 0,
  current: 0,
  last: -1,
  past: -1,
  previous: -1,
  next: 1,
  coming: 1,
};
const ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};
const SPOKEN_TENS = 'ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SPOKEN_ONES = 'one|two|three|four|five|six|seven|eight|nine';
const SEASON: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const monthIndex = (name: string) => MONTHS.toLowerCase().split('|').indexOf(name.toLowerCase());
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Not "a"/"an" right after an amount or a counted noun: "$2 million a year", "four flights a week" are rates. */
const NOT_A_RATE = `(?!(?=an? )(?<=(?:\\d|%|million|billion|thousand|(?:\\d[\\d,.]*|${SPOKEN_ONES}|ten|dozen) [a-z]+s) ))`;

/** A count and a half of a unit, as TIMEX3: the half written in the next smaller unit. */
const HALF: Record<string, (n: number) => string> = {
  year: (n) => `P${n}Y6M`,
  day: (n) => `P${n}DT12H`,
  hour: (n) => `PT${n}H30M`,
  minute: (n) => `PT${n}M30S`,
};

const rel = (ref: Date | undefined, f: (r: Date) => string) => (ref ? f(ref) : null);

/** The most recent `weekday` on or before the reference date (news reports past days). */
function lastWeekday(ref: Date, name: string): Date {
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  const d = new Date(ref.getTime());
  const back = (d.getUTCDay() - target + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d;
}

const unitOffset = (ref: Date | undefined, unit: string, offset: number) =>
  rel(ref, (r) =>
    unit === 'weekend' ? unitValue(r, 'week', offset).concat('-WE') : unitValue(r, singular(unit), offset),
  );

export const TIME_RULES: TimeRule[] = [
  {
    id: 'earlier-later-this-unit',
    hint: /earlier|later/i,
    pattern: new RegExp(`\\b(?:earlier|later) (this|last|next) ${UNIT}\\b`, 'gi'),
    type: 'DATE',
    value: (m, ref) => unitOffset(ref, m[2]!, OFFSET[m[1]!.toLowerCase()]!),
    example: 'earlier this month',
  },
  {
    id: 'the-past-n-units',
    unitAnchored: true,
    hint: /past|last|next|coming|previous/i,
    pattern: new RegExp(
      `\\b(?:the |over the |in the |for the |during the )(?:past|last|next|coming|previous) (${NUMBER_PATTERN} )?${UNITS_PLURAL}\\b`,
      'gi',
    ),
    type: 'DURATION',
    value: (m) => durationValue(m[1] ? parseNumber(m[1]) : 1, singular(m[2]!)),
    stated: true,
    example: 'over the past decade',
  },
  {
    id: 'this-last-next-unit',
    hint: /this|last|next|past|coming|current/i,
    pattern: new RegExp(`\\b(this|last|next|past|coming|current) ${UNIT}\\b`, 'gi'),
    type: 'DATE',
    value: (m, ref) => unitOffset(ref, m[2]!, OFFSET[m[1]!.toLowerCase()]!),
    example: 'this year',
  },
  {
    id: 'n-units-ago',
    unitAnchored: true,
    hint: / ago\b/i,
    pattern: new RegExp(`\\b(${NUMBER_PATTERN}) ${UNITS_PLURAL} ago\\b`, 'gi'),
    type: 'DATE',
    value: (m, ref) => {
      const n = parseNumber(m[1]!);
      const unit = singular(m[2]!);
      if (!ref || n === undefined || !['year', 'month', 'week', 'day', 'decade'].includes(unit)) return null;
      return unitValue(ref, unit, -n);
    },
    example: 'two years ago',
  },
  {
    id: 'past-reference',
    hint: /recent|lately|past/i,
    // "in recent years" is a vague past date in TimeML, not a duration ("recent weeks/months" are, below)
    pattern: /\b(?:recently|lately|in the past|recent(?: (?:days|years))?)\b(?! (?:weeks|months)\b)/gi,
    type: 'DATE',
    value: () => 'PAST_REF',
    stated: true,
    example: 'recently',
  },
  {
    // "in recent months": TimeBank reads the weeks and months of the recent past as a vague stretch
    id: 'recent-weeks-months',
    hint: /recent (?:weeks|months)/i,
    pattern: /\brecent (weeks|months)\b/gi,
    type: 'DURATION',
    value: (m) => durationValue(undefined, singular(m[1]!)),
    stated: true,
    example: 'in recent months',
  },
  {
    id: 'vague-count-units',
    unitAnchored: true,
    hint: /several|few|many|some|couple/i,
    pattern:
      /\b(?:several|a few|few|many|some|the past few|the last few|the next few|a couple of) (years|months|weeks|days|decades|hours)\b/gi,
    type: 'DURATION',
    value: (m) => durationValue(undefined, singular(m[1]!)),
    stated: true,
    example: 'in recent years',
  },
  {
    id: 'today',
    hint: /today/i,
    pattern: /\btoday\b/gi,
    type: 'DATE',
    value: (_m, ref) => rel(ref, dayValue),
    example: 'today',
  },
  {
    id: 'a-unit-earlier',
    unitAnchored: true,
    hint: /earlier|before|later/i,
    pattern: new RegExp(`\\b(${NUMBER_PATTERN}) ${UNITS_PLURAL} (?:earlier|before|later)\\b`, 'gi'),
    type: 'DATE',
    value: (m, ref) => {
      const n = parseNumber(m[1]!);
      const unit = singular(m[2]!);
      if (!ref || n === undefined || !['year', 'month', 'week', 'day'].includes(unit)) return null;
      return unitValue(ref, unit, /later/i.test(m[0]) ? n : -n);
    },
    example: 'a year earlier',
  },
  {
    // "in May" is the month; "May said" is not (chrono-node is not asked about a bare "May")
    id: 'month-after-preposition',
    hint: /January|February|March|April|May|June|July|August|September|October|November|December/,
    pattern: new RegExp(
      `\\b(?:in|since|until|by|during|from|through|early|late|mid-?) (${MONTHS})\\b(?! \\d)`,
      'g',
    ),
    type: 'DATE',
    value: (m, ref) => {
      if (!ref) return null;
      const month = monthIndex(m[1]!);
      const year = ref.getUTCFullYear();
      // the occurrence nearest the publication date whose start is not far ahead of it, as for chrono-node's
      const candidates = [year - 1, year, year + 1]
        .filter((y) => Date.UTC(y, month, 1) <= ref.getTime() + AHEAD_MS)
        .map((y) => Date.UTC(y, month, 15));
      const best = candidates.reduce((a, b) =>
        Math.abs(b - ref.getTime()) < Math.abs(a - ref.getTime()) ? b : a,
      );
      const d = new Date(best);
      return `${d.getUTCFullYear()}-${String(month + 1).padStart(2, '0')}`;
    },
    // "will double its flights by August": the next one from the publication month
    future: (m, ref) => {
      if (!ref) return null;
      const month = monthIndex(m[1]!);
      const year = ref.getUTCFullYear() + (month < ref.getUTCMonth() ? 1 : 0);
      return `${year}-${String(month + 1).padStart(2, '0')}`;
    },
    example: 'in May',
  },
  {
    id: 'month-relative',
    hint: /January|February|March|April|May|June|July|August|September|October|November|December/,
    pattern: new RegExp(`\\b(?:(last|this|next) (${MONTHS})|(${MONTHS}) (last|this|next) year)\\b`, 'g'),
    type: 'DATE',
    value: (m, ref) => {
      if (!ref) return null;
      const month = monthIndex(m[2] ?? m[3]!);
      const word = (m[1] ?? m[4]!).toLowerCase();
      let year = ref.getUTCFullYear();
      if (m[4]) year += OFFSET[word]!;
      else if (word === 'last' && month >= ref.getUTCMonth()) year -= 1;
      else if (word === 'next' && month <= ref.getUTCMonth()) year += 1;
      return `${year}-${String(month + 1).padStart(2, '0')}`;
    },
    example: 'last February',
  },
  {
    id: 'present-reference',
    hint: /now|current|present|moment|these days/i,
    pattern: /\b(?:now|currently|at present|nowadays|at the moment|these days)\b/gi,
    type: 'DATE',
    value: () => 'PRESENT_REF',
    stated: true,
    example: 'currently',
  },
  {
    id: 'future-reference',
    hint: /future|coming|soon|term/i,
    pattern:
      // "as soon as trading opens", "soon after he left" are relative to another event, not the future
      /\b(?:the (?:near )?future|the (?:near|short)[- ]term|in (?:the )?coming (?:days|weeks|months|years|quarters)|as soon as possible|(?<!as )soon(?! as| after| before))\b/gi,
    type: 'DATE',
    value: () => 'FUTURE_REF',
    stated: true,
    example: 'in the future',
  },
  {
    id: 'decade',
    hint: /0s\b/,
    pattern: /\b(?:the )?(1[5-9]|20)(\d)0s\b/g,
    type: 'DATE',
    value: (m) => `${m[1]}${m[2]}`,
    stated: true,
    example: 'the 1990s',
  },
  {
    id: 'quarter',
    hint: /quarter/i,
    pattern: /\b(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?: of (\d{4}))?\b/gi,
    type: 'DATE',
    value: (m, ref) => {
      const q = ORDINAL[m[1]!.toLowerCase()]!;
      if (m[2]) return `${m[2]}-Q${q}`;
      if (!ref) return null;
      // an unqualified quarter is the latest one of that number up to the reference date
      const year = ref.getUTCFullYear() - (q > Math.floor(ref.getUTCMonth() / 3) + 1 ? 1 : 0);
      return `${year}-Q${q}`;
    },
    example: 'the fourth quarter',
  },
  {
    // "this year's third quarter", "the 1988 second quarter", "the year-earlier fourth quarter"
    id: 'quarter-of-year',
    hint: /quarter/i,
    pattern:
      /\b(?:the )?(?:(this|last|next) year's|(1[89]\d\d|20\d\d)|year-(?:earlier|ago)) (first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\b/gi,
    type: 'DATE',
    value: (m, ref) => {
      const q = ORDINAL[m[3]!.toLowerCase()]!;
      if (m[2]) return `${m[2]}-Q${q}`;
      if (!ref) return null;
      const offset = m[1] ? OFFSET[m[1].toLowerCase()]! : -1;
      return `${ref.getUTCFullYear() + offset}-Q${q}`;
    },
    example: "this year's third quarter",
  },
  {
    id: 'half-of-year',
    hint: /half/i,
    pattern: /\b(?:the )?(first|second|last) half of (1[89]\d\d|20\d\d)\b/gi,
    type: 'DATE',
    value: (m) => `${m[2]}-H${m[1]!.toLowerCase() === 'first' ? 1 : 2}`,
    stated: true,
    example: 'the first half of 1990',
  },
  {
    // "year-earlier profit": the year before (made precise by the quarter the article reports, see times-stage)
    id: 'year-earlier-adjective',
    hint: /year-(?:earlier|ago)/i,
    pattern:
      /\b(?:a |the )?year-(?:earlier|ago)\b(?! (?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter)(?: (?:quarter|period)\b)?/gi,
    type: 'DATE',
    value: (_m, ref) => rel(ref, (r) => String(r.getUTCFullYear() - 1)),
    example: 'year-earlier',
  },
  {
    // "revenue for the year ended March 31": a fiscal year told by its last day is a year's span, not a date
    id: 'year-ended',
    hint: /year end/i,
    pattern: /\bthe (?:fiscal |financial )?year(?= end(?:ed|ing)\b)/gi,
    type: 'DURATION',
    value: () => 'P1Y',
    stated: true,
    example: 'the year ended June 30',
  },
  {
    // "sales for the full year", "earnings for the fiscal year": the year of the report
    id: 'the-full-year',
    hint: /(?:full|fiscal) year/i,
    pattern: /\bthe (?:full|fiscal|current fiscal) year\b(?! end(?:ed|ing)\b)/gi,
    type: 'DATE',
    value: (_m, ref) => rel(ref, (r) => String(r.getUTCFullYear())),
    example: 'the full year',
  },
  {
    id: 'latest-quarter',
    hint: /quarter/i,
    pattern: /\bthe (?:latest |most recent |just-ended )?quarter\b/gi,
    type: 'DATE',
    value: (_m, ref) => rel(ref, (r) => unitValue(r, 'quarter', -1)),
    example: 'the latest quarter',
  },
  {
    id: 'season',
    hint: /spring|summer|autumn|fall|winter/i,
    pattern: /\b(this|last|next) (spring|summer|autumn|fall|winter)\b/gi,
    type: 'DATE',
    value: (m, ref) =>
      rel(ref, (r) => `${r.getUTCFullYear() + OFFSET[m[1]!.toLowerCase()]!}-${SEASON[m[2]!.toLowerCase()]}`),
    example: 'last summer',
  },
  {
    id: 'weekday-part-of-day',
    hint: /morning|afternoon|evening|night/,
    pattern:
      /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday) (morning|afternoon|evening|night)\b/g,
    type: 'TIME',
    value: (m, ref) => rel(ref, (r) => `${dayValue(lastWeekday(r, m[1]!))}T${PART[m[2]!.toLowerCase()]}`),
    example: 'Monday morning',
  },
  {
    id: 'this-part-of-day',
    hint: /morning|afternoon|evening|night/i,
    pattern: /\b(this (morning|afternoon|evening)|tonight|last night)\b/gi,
    type: 'TIME',
    value: (m, ref) => {
      if (!ref) return null;
      const t = m[1]!.toLowerCase();
      if (t === 'tonight') return `${dayValue(ref)}TNI`;
      if (t === 'last night') return `${unitValue(ref, 'day', -1)}TNI`;
      return `${dayValue(ref)}T${PART[m[2]!.toLowerCase()]}`;
    },
    example: 'this morning',
  },
  {
    // "2 1/2 years", "two and a half years", "a minute and a half": the half in the next smaller unit
    id: 'n-and-a-half-units',
    unitAnchored: true,
    hint: /half|1\/2/,
    pattern: new RegExp(
      `\\b(${NUMBER_PATTERN})(?: 1/2| and a half)?[- ](years?|days?|hours?|minutes?)(?: and a half)?\\b`,
      'gi',
    ),
    type: 'DURATION',
    value: (m) => {
      const half = /1\/2|half/.test(m[0]) ? HALF[singular(m[2]!)] : undefined;
      const n = parseNumber(m[1]!);
      return half && n !== undefined ? half(n) : durationValue(n, singular(m[2]!));
    },
    stated: true,
    example: 'two and a half years',
  },
  {
    id: 'n-units',
    unitAnchored: true,
    hint: /year|month|week|day|decade|centur|hour|minute|quarter/i,
    // not an age in years ("52 years old", "a 136-year-old bank"; "an 8-month-old truce" is a span), a share
    // ("three-quarters of its food") or a rate after an amount ("$2 million a year", "four flights a week")
    pattern: new RegExp(
      `\\b${NOT_A_RATE}(${NUMBER_PATTERN})[- ](?!quarters? of (?!(?:1[89]|20)\\d\\d\\b))${UNITS_PLURAL}(?!\\s+ago|(?<=years?)[- ]old\\b)\\b`,
      'gi',
    ),
    type: 'DURATION',
    value: (m) => durationValue(parseNumber(m[1]!), singular(m[2]!)),
    stated: true,
    example: 'three years',
  },
  {
    id: 'set-every',
    hint: /every|each|per |annually|yearly|monthly|weekly|daily/i,
    pattern:
      /\b(?:every|each|per) (year|month|week|day|quarter)\b|\b(annually|yearly|monthly|weekly|daily)\b/gi,
    type: 'SET',
    value: (m) => {
      const word = (m[1] ?? m[2]!).toLowerCase();
      const unit =
        { annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day' }[word] ?? word;
      return durationValue(1, unit);
    },
    stated: true,
    example: 'every year',
  },
  {
    // broadcast transcripts spell years out: "nineteen ninety-six", "the year two thousand"
    id: 'spoken-year',
    hint: /nineteen|two thousand/i,
    pattern: new RegExp(
      `\\b(?:(?:(${MONTHS}) )?nineteen (${SPOKEN_TENS})(?:[- ](${SPOKEN_ONES}))?|the year two thousand(?: and (${SPOKEN_ONES}))?)\\b`,
      'gi',
    ),
    type: 'DATE',
    value: (m) => {
      const ones = (word: string | undefined) =>
        word ? SPOKEN_ONES.split('|').indexOf(word.toLowerCase()) + 1 : 0;
      if (!m[2]) return String(2000 + ones(m[4]));
      const year = 1900 + (SPOKEN_TENS.split('|').indexOf(m[2].toLowerCase()) + 1) * 10 + ones(m[3]);
      return m[1] ? `${year}-${String(monthIndex(m[1]) + 1).padStart(2, '0')}` : String(year);
    },
    stated: true,
    example: 'nineteen ninety-six',
  },
  {
    // "over the weekend": the latest weekend up to the publication day
    id: 'the-weekend',
    hint: /weekend/i,
    pattern: /\b(?:over|during|at|on) the weekend\b/gi,
    type: 'DATE',
    value: (_m, ref) =>
      rel(ref, (r) =>
        unitValue(r, 'week', r.getUTCDay() === 0 || r.getUTCDay() === 6 ? 0 : -1).concat('-WE'),
      ),
    example: 'over the weekend',
  },
  {
    // "the 1988 period" in an earnings report: that year's part the report is about (see times-stage)
    id: 'year-period',
    hint: /\d (?:period|quarter)/,
    pattern: /\bthe (1[89]\d\d|20\d\d) (?:period|quarter)\b/g,
    type: 'DATE',
    value: (m) => m[1]!,
    stated: true,
    example: 'the 1988 period',
  },
  {
    // "mid-1996", "mid-century" aside: the year itself, as TimeML values it
    id: 'mid-year',
    hint: /mid-\d/i,
    pattern: /\bmid-(1[89]\d\d|20\d\d)\b/gi,
    type: 'DATE',
    value: (m) => m[1]!,
    stated: true,
    example: 'mid-1996',
  },
  {
    // "the 20th century" is the hundreds digits of its years: "19"
    id: 'century',
    hint: /century/i,
    pattern: /\b(?:the )?(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi,
    type: 'DATE',
    value: (m) => String(Number(m[1]) - 1).padStart(2, '0'),
    stated: true,
    example: 'the 20th century',
  },
  {
    id: 'bare-year',
    hint: /1[89]\d\d|20\d\d/,
    pattern:
      /(?<![\d,.$£€-])\b(1[89]\d{2}|20\d{2})\b(?![\d,.]\d|%| ?(?:tons?|tonnes?|people|soldiers|troops))/g,
    type: 'DATE',
    value: (m) => m[1]!,
    stated: true,
    example: 'in 1998',
  },
];

/** Reference date from a published day, or undefined. */
export const referenceDate = (published: string | undefined) => (published ? parseDay(published) : undefined);
