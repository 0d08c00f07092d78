// Amounts: numbers with scale words, currencies and units, approximation and the thing counted.
import type { Amount, Time } from '../core/index.js';
import type { TextLayer, Token } from '../text/layer.js';
import { NUMBER_WORDS, parseNumber } from '../when-where/numbers.js';

const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  crore: 1e7,
  crores: 1e7,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** Currency marks and words to ISO 4217. */
const CURRENCY: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  '¥': 'JPY',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rmb: 'CNY',
  cny: 'CNY',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  rub: 'RUB',
  rs: 'PKR',
  'rs.': 'PKR',
  pkr: 'PKR',
  '₹': 'INR',
  inr: 'INR',
  rupee: 'INR',
  rupees: 'INR',
  riyal: 'SAR',
  riyals: 'SAR',
  dirham: 'AED',
  dirhams: 'AED',
  lira: 'TRY',
  won: 'KRW',
  naira: 'NGN',
  rand: 'ZAR',
  shilling: 'KES',
  shillings: 'KES',
  taka: 'BDT',
  tenge: 'KZT',
  hryvnia: 'UAH',
  a$: 'AUD',
  c$: 'CAD',
  chf: 'CHF',
  francs: 'CHF',
};

/** Measurement units to their short form. */
/** The ISO 4217 codes dyad reads: capitals that are currencies, not organisations ("USD 5 million"). */
export const CURRENCY_CODES = new Set(Object.values(CURRENCY));

const UNIT: Record<string, string> = {
  ton: 't',
  tons: 't',
  tonne: 't',
  tonnes: 't',
  't.': 't',
  'metric ton': 't',
  'metric tons': 't',
  barrel: 'barrels',
  barrels: 'barrels',
  bpd: 'barrels/day',
  'barrels per day': 'barrels/day',
  bcm: 'bcm',
  'cubic metres': 'm3',
  'cubic meters': 'm3',
  mw: 'MW',
  megawatts: 'MW',
  megawatt: 'MW',
  gw: 'GW',
  gigawatts: 'GW',
  kw: 'kW',
  km: 'km',
  kilometres: 'km',
  kilometers: 'km',
  kilometre: 'km',
  kilometer: 'km',
  miles: 'mi',
  mile: 'mi',
  hectares: 'ha',
  acres: 'acre',
  percent: '%',
  'per cent': '%',
  '%': '%',
  'percentage points': 'pp',
  kg: 'kg',
  kilograms: 'kg',
  litres: 'l',
  liters: 'l',
};

const APPROX =
  'around|about|nearly|almost|approximately|roughly|some|more than|over|up to|at least|less than|fewer than|close to|an estimated|estimated|upwards of|just over|just under|as many as|as much as|below|above|under';
const NUM = `\\d+(?:,\\d{3})*(?:\\.\\d+)?|half an?|(?:${NUMBER_WORDS})(?:[- ](?:${NUMBER_WORDS}))*|an?`;
const CUR_PRE = '(?:US\\$|A\\$|C\\$|\\$|€|£|¥|₹|Rs\\.?|PKR|USD|EUR|GBP|INR|RMB|CNY|CHF)';
const SCALE_RE = 'thousand|million|billion|trillion|lakhs?|crores?|bn|mn|tn|[mkb](?![a-z])';
const UNIT_WORDS = [...Object.keys(UNIT), ...Object.keys(CURRENCY).filter((k) => /^[a-z]{3,}$/.test(k))]
  .filter((k) => k !== '%')
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.$]/g, (c) => `\\${c}`))
  .join('|');

const AMOUNT = new RegExp(
  `(?:\\b(${APPROX})\\s+)?(?:(?<![A-Za-z])(${CUR_PRE})\\s?)?(?<![A-Za-z])(${NUM})(?:\\s?(${SCALE_RE})\\b)?(?:\\s?(%)|\\s(${UNIT_WORDS})\\b)?`,
  'gi',
);

/** Every amount has a digit, a currency mark or a scale word ("a million"): the costly pattern runs only on
 * the stretches around them, merged, with offsets into the whole text. */
const ANCHOR = /\d|[$€£¥₹]|\b(?:thousand|million|billion|trillion|lakhs?|crores?|dozen|hundred)\b/gi;

function* amountMatches(text: string): Generator<RegExpExecArray> {
  const windows: { start: number; end: number }[] = [];
  ANCHOR.lastIndex = 0;
  for (let a = ANCHOR.exec(text); a; a = ANCHOR.exec(text)) {
    let start = Math.max(0, a.index - 40);
    while (start > 0 && /\S/.test(text[start - 1]!)) start--;
    let end = Math.min(text.length, a.index + a[0].length + 40);
    while (end < text.length && /\S/.test(text[end]!)) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  for (const w of windows) {
    const slice = text.slice(w.start, w.end);
    AMOUNT.lastIndex = 0;
    for (let m = AMOUNT.exec(slice); m; m = AMOUNT.exec(slice)) {
      m.index += w.start;
      yield m;
    }
  }
}

export function recognizeAmounts(layer: TextLayer, times: Time[]): Amount[] {
  const text = layer.text;
  const out: Amount[] = [];
  for (const m of amountMatches(text)) {
    const [whole, approx, currencyMark, numberText, scaleWord, percent, unitWord] = m;
    if (!whole || !numberText) continue;
    // a bare number word or "a" counts only with a scale or a unit ("a million tons", not "a meeting")
    const isDigits = /\d/.test(numberText);
    if (!isDigits && !scaleWord && !unitWord && !currencyMark) continue;
    if (scaleWord && /^[mkb]$/i.test(scaleWord) && !currencyMark) continue; // "5 m" is metres, not millions
    const start = m.index;
    const end = m.index + whole.length;
    if (times.some((t) => t.start < end && start < t.end)) continue;
    if (isDigits && isPartOfCode(text, m.index + whole.indexOf(numberText), numberText)) continue;
    const qualified = !!(scaleWord || unitWord || currencyMark || percent);
    const base = parseNumber(numberText.replace(/^half an?$/i, 'half'));
    if (base === undefined) continue;
    const value = base * (scaleWord ? (SCALE[scaleWord.toLowerCase()] ?? 1) : 1);
    const unitKey = unitWord?.toLowerCase();
    const unit = currencyMark
      ? CURRENCY[currencyMark.toLowerCase().replace(/\s/g, '')]
      : percent
        ? '%'
        : unitKey
          ? (UNIT[unitKey] ?? CURRENCY[unitKey])
          : undefined;
    const object = objectAfter(layer, end, !!unitWord || !!currencyMark);
    if (!qualified && !object) continue; // a bare number counts only something named ("300 people")
    out.push({
      start: m.index,
      end,
      text: whole,
      value,
      ...(unit ? { unit } : {}),
      ...(object ? { object } : {}),
      approximate: !!approx || /^(?:some|about|around)$/i.test(numberText),
    });
  }
  return out;
}

/** Ordinals ("3rd"), clock times, fractions and codes ("F-16", "1/4") are not amounts. */
function isPartOfCode(text: string, at: number, numberText: string): boolean {
  const after = text.slice(at + numberText.length, at + numberText.length + 3);
  if (/^(?:st|nd|rd|th)\b/i.test(after)) return true;
  return /^[:/]\d/.test(after) || /[:/A-Za-z-]$/.test(text.slice(Math.max(0, at - 1), at));
}

/** The noun an amount counts: "tons of cereals" → cereals, "240 million population" → population. */
function objectAfter(layer: TextLayer, end: number, hasUnit: boolean): string | undefined {
  const tokens = layer.tokens;
  let i = firstTokenAt(tokens, end);
  if (i < 0) return undefined;
  if (hasUnit && tokens[i]?.lower === 'of') i++;
  const words: Token[] = [];
  for (let k = i; k < tokens.length && k < i + 4; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && words.length > 0)) words.push(t);
    else if ((t.pos === 'ADJ' || t.lower === 'the') && words.length === 0) continue;
    else break;
  }
  const head = words[words.length - 1];
  return head ? layer.text.slice(words[0]!.start, head.end) : undefined;
}

function firstTokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
}
