// Number words and digits to numbers, shared by time durations and amounts ("two", "a dozen", "1,500").

const UNITS: Record<string, number> = {
  zero: 0,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  half: 0.5,
};

/** The pattern of one number: digits with separators, or number words ("twenty-four", "a hundred"). */
export const NUMBER_WORDS = Object.keys(UNITS)
  .filter((w) => w !== 'a' && w !== 'an')
  .sort((a, b) => b.length - a.length)
  .join('|');
/** "a"/"an" count as one only alone ("a week"), never inside a sequence ("a five-year plan" is five). */
export const NUMBER_PATTERN = `(?:\\d+(?:[.,]\\d+)*|(?:${NUMBER_WORDS})(?:[- ](?:${NUMBER_WORDS}))*|an?)`;

/** Parses "1,500", "2.5", "twenty-four", "a hundred", "two dozen"; undefined when it is not a number. */
export function parseNumber(raw: string): number | undefined {
  const s = raw.trim().toLowerCase();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  const words = s.split(/[- ]+/).filter(Boolean);
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  for (const w of words) {
    const v = UNITS[w];
    if (v === undefined) return undefined;
    if (v === 100) current = (current || 1) * 100;
    else if (w === 'dozen') current = (current || 1) * 12;
    else current += v;
  }
  total += current;
  return total;
}
