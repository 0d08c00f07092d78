// Scores one article against item-level expectations (required / optional / forbidden), as in seed/gold.json.
import type { CodedDoc, Event } from '../core/index.js';
import { haversineKm } from '../when-where/geo.js';
import { actorCountry } from './load.js';
import { overlaps, type Range, ratio } from './metrics.js';
import type { Report } from './report.js';

type Item = NonNullable<Report['items']>[number];

interface SeedGold {
  id: string;
  published?: string;
  actors?: { name: string; code: string; required: boolean; mentions?: string[] }[];
  events?: {
    desc: string;
    required: boolean;
    participants: (string | null)[];
    symmetric: boolean;
    plover: string[];
    cameo?: string[];
    date?: string;
    date_before?: string;
    date_year?: string;
    place_country?: string;
    trigger_contains?: string;
    contexts_any?: string[];
  }[];
  forbidden_events?: { desc: string; participants?: string[]; quad?: number[]; plover?: string[] }[];
  quotes?: {
    speaker: string;
    speaker_name: string;
    kind: string[];
    content_contains: string;
    required: boolean;
  }[];
  times?: { text: string; value: string; required: boolean }[];
  places?: { text: string; country: string | null; lat?: number; lon?: number; required: boolean }[];
  forbidden_places?: { text: string }[];
  amounts?: {
    contains: string;
    value: number;
    unit_any?: string[];
    object_contains?: string;
    approximate?: boolean;
    required: boolean;
  }[];
  entities?: { text: string; type: string | string[]; required: boolean }[];
}

const status = (ok: boolean, required: boolean): Item['status'] => (ok ? 'PASS' : required ? 'FAIL' : 'MISS');

function find(text: string, needle: string): Range | undefined {
  const i = text.indexOf(needle);
  return i < 0 ? undefined : { start: i, end: i + needle.length };
}

export function scoreSeed(gold: SeedGold, doc: CodedDoc): Report {
  const items: Item[] = [];
  const text = doc.text;
  const country = (id: string) => actorCountry(doc, id);
  const codeOf = (id: string | undefined) => doc.actors.find((a) => a.id === id)?.code;

  for (const a of gold.actors ?? []) {
    if (!a.mentions) continue;
    const candidates = doc.actors.filter((x) => x.code === a.code);
    const missing = (actorIds: string[]) =>
      a.mentions!.filter((m) => {
        const at = find(text, m);
        return !at || !doc.entities.some((e) => e.actor && actorIds.includes(e.actor) && overlaps(e, at));
      });
    // the best single actor with this code (a person is one actor, not several)
    const best = candidates
      .map((c) => ({ c, missing: missing([c.id]) }))
      .sort((x, y) => x.missing.length - y.missing.length)[0];
    const miss = best?.missing ?? a.mentions;
    items.push({
      section: 'actors',
      status: status(!!best && miss.length === 0, a.required),
      required: a.required,
      desc: `${a.name} ${a.code}`,
      detail: best
        ? miss.length
          ? `unlinked: ${miss.map((m) => `“${m}”`).join(', ')}`
          : `actor ${best.c.id}`
        : 'no actor with this code',
    });
  }

  const participantsMatch = (e: Event, want: (string | null)[], symmetric: boolean) => {
    const s = e.source.map(country);
    const t = e.target.map(country);
    const ok = (side: (string | undefined)[], code: string | null) => code === null || side.includes(code);
    const [a, b] = [want[0] ?? null, want[1] ?? null];
    return (ok(s, a) && ok(t, b)) || (symmetric && ok(s, b) && ok(t, a));
  };
  const live = doc.events.filter((e) => !e.negated);
  for (const g of gold.events ?? []) {
    const hit = live.find(
      (e) =>
        g.plover.includes(e.type) &&
        participantsMatch(e, g.participants, g.symmetric) &&
        (!g.trigger_contains || e.trigger.text.includes(g.trigger_contains)),
    );
    const details: string[] = [];
    if (hit) {
      details.push(`${hit.id} ${hit.type} ${hit.cameo} “${hit.trigger.text}”`);
      if (g.cameo)
        details.push(
          `cameo ${g.cameo.includes(hit.cameo) ? 'ok' : `${hit.cameo} not in ${g.cameo.join('/')}`}`,
        );
      const date = hit.date?.value ?? null;
      if (g.date) details.push(`date ${date === g.date ? 'ok' : `${date} ≠ ${g.date}`}`);
      if (g.date_year)
        details.push(`date ${date?.startsWith(g.date_year) ? 'ok' : `${date} not in ${g.date_year}`}`);
      if (g.date_before)
        details.push(`date ${date && date < g.date_before ? 'ok' : `${date} not before ${g.date_before}`}`);
      if (g.place_country) {
        const place = hit.place !== undefined ? doc.places[hit.place] : undefined;
        details.push(
          `place ${place?.country === g.place_country ? 'ok' : `${place?.country ?? 'none'} ≠ ${g.place_country}`}`,
        );
      }
      if (g.contexts_any)
        details.push(
          `contexts ${hit.contexts.some((c) => g.contexts_any!.includes(c)) ? 'ok' : 'none of the expected'}`,
        );
    }
    items.push({
      section: 'events',
      status: status(!!hit, g.required),
      required: g.required,
      desc: g.desc,
      detail: details.join('; ') || undefined,
    });
  }
  for (const f of gold.forbidden_events ?? []) {
    const bad = live.filter(
      (e) =>
        (!f.participants || participantsMatch(e, f.participants, true)) &&
        (!f.quad || f.quad.includes(e.quadClass)) &&
        (!f.plover || f.plover.includes(e.type)),
    );
    items.push({
      section: 'forbidden events',
      status: bad.length ? 'FAIL' : 'OK',
      required: true,
      desc: f.desc,
      detail: bad.length ? bad.map((e) => `${e.id} ${e.type} “${e.trigger.text}”`).join(', ') : undefined,
    });
  }

  for (const g of gold.quotes ?? []) {
    const at = find(text, g.content_contains);
    const hit = doc.quotes.find(
      (q) => at && q.content.some((c) => overlaps(c, at)) && codeOf(q.speaker) === g.speaker,
    );
    const partial = !hit && doc.quotes.find((q) => at && q.content.some((c) => overlaps(c, at)));
    items.push({
      section: 'quotes',
      status: status(!!hit, g.required),
      required: g.required,
      desc: `${g.speaker_name}: “${g.content_contains}”`,
      detail: hit
        ? hit.kind
        : partial
          ? `found, speaker ${codeOf(partial.speaker) ?? partial.speakerSpan?.text ?? 'none'}`
          : undefined,
    });
  }

  for (const g of gold.times ?? []) {
    const at = find(text, g.text);
    const hit = doc.times.find((t) => at && overlaps(t, at) && t.value === g.value);
    const near = !hit && doc.times.find((t) => at && overlaps(t, at));
    items.push({
      section: 'times',
      status: status(!!hit, g.required),
      required: g.required,
      desc: `“${g.text}” = ${g.value}`,
      detail: near ? `found “${near.text}” = ${near.value}` : undefined,
    });
  }

  for (const g of gold.places ?? []) {
    const hits = doc.places.filter((p) => p.text.toLowerCase() === g.text.toLowerCase());
    const hit = hits.find(
      (p) =>
        (g.country === null || p.country === g.country) &&
        (g.lat === undefined || (p.lat !== undefined && haversineKm(g.lat, g.lon!, p.lat, p.lon!) <= 161)),
    );
    items.push({
      section: 'places',
      status: status(!!hit, g.required),
      required: g.required,
      desc: `“${g.text}” ${g.country ?? 'region'}`,
      detail: !hit && hits[0] ? `found ${hits[0].name} ${hits[0].country ?? ''}` : undefined,
    });
  }
  for (const f of gold.forbidden_places ?? []) {
    const bad = doc.places.filter((p) => p.text === f.text);
    items.push({
      section: 'forbidden places',
      status: bad.length ? 'FAIL' : 'OK',
      required: true,
      desc: `no place “${f.text}”`,
    });
  }

  for (const g of gold.amounts ?? []) {
    const hit = doc.amounts.find(
      (a) =>
        a.text.includes(g.contains) &&
        Math.abs(a.value - g.value) <= Math.abs(g.value) * 1e-9 &&
        (!g.unit_any || g.unit_any.includes(a.unit ?? '')) &&
        (!g.object_contains || (a.object ?? '').includes(g.object_contains)) &&
        (g.approximate === undefined || a.approximate === g.approximate),
    );
    const near = !hit && doc.amounts.find((a) => a.text.includes(g.contains) || g.contains.includes(a.text));
    items.push({
      section: 'amounts',
      status: status(!!hit, g.required),
      required: g.required,
      desc: `“${g.contains}” = ${g.value}`,
      detail: near
        ? `found “${near.text}” ${near.value} ${near.unit ?? ''} of ${near.object ?? '?'}${near.approximate ? ' ~' : ''}`
        : undefined,
    });
  }

  for (const g of gold.entities ?? []) {
    const types = Array.isArray(g.type) ? g.type : [g.type];
    const hit = doc.entities.find((e) => e.text === g.text && types.includes(e.type));
    const near = !hit && doc.entities.find((e) => e.text === g.text);
    items.push({
      section: 'entities',
      status: status(!!hit, g.required),
      required: g.required,
      desc: `“${g.text}” ${types.join('/')}`,
      detail: near ? `typed ${near.type}` : undefined,
    });
  }

  const count = (f: (i: Item) => boolean) => items.filter(f).length;
  const required = count((i) => i.required && (i.status === 'PASS' || i.status === 'FAIL'));
  return {
    task: 'seed',
    documents: 1,
    metrics: {
      'required items passed': {
        value: required ? count((i) => i.required && i.status === 'PASS') / required : 0,
        hit: count((i) => i.required && i.status === 'PASS'),
        total: required,
      },
      'optional items found': ratio(
        count((i) => !i.required && i.status === 'PASS'),
        count((i) => !i.required),
      ),
      'forbidden hits': { value: count((i) => i.section.startsWith('forbidden') && i.status === 'FAIL') },
    },
    items,
  };
}
