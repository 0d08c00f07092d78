// Checks each hand-written expected item of examples/ against dyad's output; shared by the e2e test and the report.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CodedDoc } from '../src/core/index.js';

export const EXAMPLES_DIR = new URL('../examples/', import.meta.url).pathname;

export interface Expected {
  id: string;
  title?: string;
  published: string;
  actors?: { name: string; code: string; mentions?: string[] }[];
  events?: {
    type: string;
    source: string;
    target?: string | null;
    symmetric?: boolean;
    trigger: string;
    date?: string;
    place?: string;
  }[];
  quotes?: { speaker: string; contains: string; kind?: string }[];
  times?: { text: string; value: string }[];
  places?: { text: string; country: string | null }[];
  amounts?: { text: string; value: number; unit?: string | null }[];
  not_places?: string[];
  /** Items dyad does not get yet, by "section: description", each with the reason. */
  pending?: Record<string, string>;
}

export interface Example {
  file: string;
  text: string;
  expected: Expected;
}

export function loadExamples(): Example[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.expected.yaml'))
    .sort()
    .map((f) => {
      const expected = parse(readFileSync(join(EXAMPLES_DIR, f), 'utf8')) as Expected;
      const text = readFileSync(join(EXAMPLES_DIR, f.replace('.expected.yaml', '.txt')), 'utf8');
      return { file: f, text, expected };
    });
}

export interface Check {
  key: string;
  ok: boolean;
  detail: string;
}

const at = (text: string, needle: string) => {
  const i = text.indexOf(needle);
  return i < 0 ? undefined : { start: i, end: i + needle.length };
};
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const sameCode = (predicted: string | undefined, wanted: string) =>
  !!predicted &&
  (predicted === wanted ||
    (wanted.startsWith('IGO') && predicted.startsWith('IGO')) ||
    (wanted.length === 3 && predicted.slice(0, 3) === wanted));

/** Every expected item of one example, checked against the coded document. */
export function checkExample(ex: Example, doc: CodedDoc): Check[] {
  const { text, expected } = ex;
  const out: Check[] = [];
  const code = (id: string) => doc.actors.find((a) => a.id === id)?.code;
  const country = (id: string) => code(id)?.slice(0, 3);
  for (const a of expected.actors ?? []) {
    const actors = doc.actors.filter((x) => sameCode(x.code, a.code));
    const missing = (a.mentions ?? []).filter((m) => {
      const span = at(text, m);
      return !span || !doc.entities.some((e) => actors.some((x) => x.id === e.actor) && overlaps(e, span));
    });
    out.push({
      key: `actor: ${a.name} ${a.code}`,
      ok: actors.length > 0 && missing.length === 0,
      detail: actors.length ? `unlinked ${missing.join(' | ')}` : 'no actor with this code',
    });
  }
  for (const e of expected.events ?? []) {
    const side = (ids: string[], want: string | null | undefined) =>
      !want || ids.some((id) => sameCode(code(id), want) || country(id) === want);
    const hit = doc.events.find(
      (x) =>
        !x.negated &&
        x.type === e.type &&
        x.trigger.text.includes(e.trigger) &&
        ((side(x.source, e.source) && side(x.target, e.target)) ||
          (!!e.symmetric && side(x.source, e.target) && side(x.target, e.source))),
    );
    const near = doc.events
      .filter((x) => x.trigger.text.includes(e.trigger))
      .map((x) => `${x.type} ${x.source.map(code)}→${x.target.map(code)}`);
    out.push({
      key: `event: ${e.type} ${e.source}→${e.target ?? '-'} “${e.trigger}”`,
      ok: !!hit,
      detail: near.join('; ') || 'no event with this trigger',
    });
  }
  for (const q of expected.quotes ?? []) {
    const span = at(text, q.contains);
    const hits = doc.quotes.filter((x) => span && x.content.some((c) => overlaps(c, span)));
    const ok = hits.some((x) => x.speaker && sameCode(code(x.speaker), q.speaker));
    out.push({
      key: `quote: ${q.speaker} “${q.contains}”`,
      ok,
      detail:
        hits
          .map((x) => `${x.kind} by ${x.speaker ? code(x.speaker) : (x.speakerSpan?.text ?? 'nobody')}`)
          .join('; ') || 'not found',
    });
  }
  for (const t of expected.times ?? []) {
    const span = at(text, t.text);
    const hits = doc.times.filter((x) => span && overlaps(x, span));
    out.push({
      key: `time: “${t.text}” = ${t.value}`,
      ok: hits.some((x) => x.value === t.value),
      detail: hits.map((x) => `${x.text}=${x.value}`).join('; ') || 'not found',
    });
  }
  for (const p of expected.places ?? []) {
    const span = at(text, p.text);
    const hits = doc.places.filter((x) => span && overlaps(x, span));
    const ok = hits.some((x) => (p.country === null ? true : x.country === p.country));
    out.push({
      key: `place: “${p.text}” ${p.country ?? 'region'}`,
      ok,
      detail: hits.map((x) => `${x.name} ${x.country ?? ''}`).join('; ') || 'not found',
    });
  }
  for (const a of expected.amounts ?? []) {
    const span = at(text, a.text);
    const hits = doc.amounts.filter((x) => span && overlaps(x, span));
    const ok = hits.some(
      (x) =>
        Math.abs(x.value - a.value) < 1e-6 * Math.max(1, a.value) &&
        (!a.unit || (x.unit ?? '').toLowerCase() === a.unit.toLowerCase()),
    );
    out.push({
      key: `amount: “${a.text}” = ${a.value}${a.unit ? ` ${a.unit}` : ''}`,
      ok,
      detail: hits.map((x) => `${x.text}=${x.value} ${x.unit ?? ''}`).join('; ') || 'not found',
    });
  }
  for (const n of expected.not_places ?? []) {
    const bad = doc.places.filter((x) => x.text === n);
    out.push({
      key: `not a place: “${n}”`,
      ok: bad.length === 0,
      detail: bad.map((x) => `${x.name} ${x.country}`).join('; '),
    });
  }
  return out;
}
