// Dates and clock times by chrono-node, one sentence at a time (never forwardDate), valued as TIMEX3.
import * as chrono from 'chrono-node';
import type { TextLayer } from '../text/layer.js';
import { futureBefore, type TimeCandidate, trimSpan } from './time-candidate.js';
import { AHEAD_MS, dayValue, monthValue, pad } from './timex.js';

/** Only sentences with one of these can hold a date chrono-node finds; the rest are skipped for speed. */
const CUE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d|\b(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|noon|midnight)\b|\b\d{1,2}:\d{2}\b|\d\s*[ap]\.?m\b|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/i;

const CUE_ALL = new RegExp(CUE.source, 'gi');
const parser = chrono.casual;

/** chrono-node results that are not times in news text: "today"/"now" (own rules), "Sun" (a newspaper),
 * fractions ("3/8") and prices read as clock times ("2.50 a share"). */
const NOT_A_TIME = /^(?:now|today|sun|sat|mon|wed|thu|fri|tue|\d+\/\d+|\d+(?:[.:]\d+)? ?a)$/i;

/** Stretches of text around each cue, within its sentence: chrono-node's cost grows with the text it reads,
 * and a date expression never reaches far from its month, weekday or digits. */
function cueWindows(layer: TextLayer): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const text = layer.text;
  for (const sentence of layer.sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    CUE_ALL.lastIndex = 0;
    for (let m = CUE_ALL.exec(slice); m; m = CUE_ALL.exec(slice)) {
      const start = Math.max(sentence.start, wordStart(text, sentence.start + m.index - 32));
      const end = Math.min(sentence.end, sentence.start + m.index + m[0].length + 40);
      const last = out[out.length - 1];
      if (last && start <= last.end) last.end = Math.max(last.end, end);
      else out.push({ start, end });
    }
  }
  return out;
}

/** Moves back to the start of the word at `i`, so a window never begins mid-word. */
function wordStart(text: string, i: number): number {
  let k = Math.max(0, i);
  while (k > 0 && /\S/.test(text[k - 1]!)) k--;
  return k;
}

export function recognizeChronoTimes(layer: TextLayer, ref: Date | undefined): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const text = layer.text;
  const instant = ref ?? new Date(Date.UTC(2000, 0, 1, 12));
  for (const window of cueWindows(layer)) {
    const slice = text.slice(window.start, window.end);
    for (const r of parser.parse(slice, { instant, timezone: 0 }, { forwardDate: false })) {
      if (NOT_A_TIME.test(r.text.trim())) continue;
      const [start, end] = trimSpan(text, window.start + r.index, window.start + r.index + r.text.length);
      if (end <= start) continue;
      const c = r.start;
      const certain = (k: Parameters<typeof c.isCertain>[0]) => c.isCertain(k);
      let date = c.date();
      if (ref && !certain('year')) {
        if (certain('weekday') && !certain('day')) {
          // "on Tuesday" in news is the latest Tuesday up to the publication day, unless the clause speaks
          // of the future ("will meet on Tuesday"): then the next one after it
          const weekday = c.get('weekday') ?? 0;
          const lastWeek =
            /^last\s/i.test(r.text) || /\blast\s+$/i.test(text.slice(Math.max(0, start - 6), start));
          const days = lastWeek
            ? -(((ref.getUTCDay() - weekday + 6) % 7) + 1)
            : futureBefore(text, layer, start)
              ? ((weekday - ref.getUTCDay() + 6) % 7) + 1
              : -((ref.getUTCDay() - weekday + 7) % 7);
          date = new Date(
            ref.getTime() + days * 86_400_000 + (date.getUTCHours() - ref.getUTCHours()) * 3_600_000,
          );
        } else if (certain('month')) {
          // a month without a year is the occurrence nearest the publication date (the past one on a tie, and
          // never more than two months ahead: news reports the past), or the next one when the clause speaks
          // of the future
          const at = (y: number) =>
            new Date(
              Date.UTC(y, date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()),
            );
          const year = ref.getUTCFullYear();
          const options = futureBefore(text, layer, start)
            ? [at(year), at(year + 1)].filter((d) => d.getTime() >= ref.getTime() - 86_400_000)
            : [at(year - 1), at(year), at(year + 1)].filter((d) => d.getTime() <= ref.getTime() + AHEAD_MS);
          date = options.reduce((best, d) =>
            Math.abs(d.getTime() - ref.getTime()) < Math.abs(best.getTime() - ref.getTime()) ? d : best,
          );
        }
      }
      const hasDay = certain('day') || certain('weekday') || (certain('hour') && !!ref);
      const hasTime = certain('hour');
      let value = hasDay
        ? dayValue(date)
        : certain('month')
          ? monthValue(date)
          : String(date.getUTCFullYear());
      if (hasTime) value += `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
      const stated = certain('year') && (certain('month') || !hasDay);
      out.push({
        start,
        end,
        text: text.slice(start, end),
        type: hasTime ? 'TIME' : 'DATE',
        value: ref || stated ? value : null,
        stated,
        rule: 'chrono',
        priority: 1,
      });
    }
  }
  return out;
}
