// Runs the time rule table over the text: each match becomes a candidate with its rule id as evidence.
import type { TextLayer } from '../text/layer.js';
import { type TimeCandidate, trimSpan } from './time-candidate.js';
import { TIME_RULES } from './time-rules.js';

export function recognizeRuleTimes(layer: TextLayer, ref: Date | undefined): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const text = layer.text;
  for (const rule of TIME_RULES) {
    if (rule.hint && !rule.hint.test(text)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const [start, end] = trimSpan(text, m.index, m.index + m[0].length);
      out.push({
        start,
        end,
        text: text.slice(start, end),
        type: rule.type,
        value: rule.value(m, ref),
        stated: rule.stated ?? false,
        rule: rule.id,
        priority: 2,
      });
    }
  }
  return out;
}
