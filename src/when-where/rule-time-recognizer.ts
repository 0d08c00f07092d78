// Runs the time rule table over the text: each match becomes a candidate with its rule id as evidence.
import type { TextLayer } from '../text/layer.js';
import { futureBefore, type TimeCandidate, trimSpan } from './time-candidate.js';
import { TIME_RULES } from './time-rules.js';

const UNIT_WORD = /\b(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?|quarters?)\b/gi;

/** Stretches from 60 characters before each unit word to just after it, merged. */
function windowsBefore(text: string, anchor: RegExp): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  anchor.lastIndex = 0;
  for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
    let start = Math.max(0, m.index - 60);
    while (start > 0 && /\S/.test(text[start - 1]!)) start--;
    const end = Math.min(text.length, m.index + m[0].length + 12);
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

/** Matches of a global pattern inside one window, with offsets into the whole text. */
function* matchesIn(
  pattern: RegExp,
  text: string,
  w: { start: number; end: number },
): Generator<RegExpExecArray> {
  const slice = w.start === 0 && w.end === text.length ? text : text.slice(w.start, w.end);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    m.index += w.start;
    yield m;
  }
}

export function recognizeRuleTimes(layer: TextLayer, ref: Date | undefined): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const text = layer.text;
  let unitWindows: { start: number; end: number }[] | undefined;
  for (const rule of TIME_RULES) {
    if (rule.hint && !rule.hint.test(text)) continue;
    // the number-and-unit rules are costly: they run only on the stretches that end with a unit word
    unitWindows ??= rule.unitAnchored ? windowsBefore(text, UNIT_WORD) : undefined;
    const windows = rule.unitAnchored ? unitWindows! : [{ start: 0, end: text.length }];
    for (const w of windows)
      for (const m of matchesIn(rule.pattern, text, w)) {
        const [start, end] = trimSpan(text, m.index, m.index + m[0].length);
        out.push({
          start,
          end,
          text: text.slice(start, end),
          type: rule.type,
          value: rule.future && futureBefore(text, layer, start) ? rule.future(m, ref) : rule.value(m, ref),
          stated: rule.stated ?? false,
          rule: rule.id,
          priority: 2,
        });
      }
  }
  return out;
}
