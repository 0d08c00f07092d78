// The events stage: lexicon triggers per sentence, then source and target, negation and modality, date,
// place, contexts and confidence; finally the same happening told twice in one article is linked.
import { ACTORS_NOTE, type ActorLinks } from '../actors/actors-stage.js';
import type { Event, EventDate, PloverType } from '../core/index.js';
import { isDateline } from '../mentions/city-context-refiner.js';
import { mentionResources } from '../mentions/mentions-stage.js';
import type { DocContext, Stage } from '../pipeline/context.js';
import { CUE_VERBS as SPEECH } from '../quotes/attribution.js';
import { PLACES_NOTE } from '../when-where/places-stage.js';
import { actorsOf, findArguments } from './event-arguments.js';
import { linkSameEvents } from './event-coref-refiner.js';
import { FUTURE_AGREE_CAMEO, FUTURE_THREATEN_CAMEO, modalityOf } from './event-modality.js';
import { type Lexicon, loadLexicon } from './lexicon.js';
import {
  attributionTail,
  type Built,
  dropDependents,
  dropRepeats,
  type SentenceEvent,
  tailQuotes,
} from './sentence-structure.js';
import { matchTriggers, type TriggerMatch } from './trigger-matcher.js';

const PLACE_PREPS = new Set(['in', 'at', 'near', 'outside']);

export function createEventsStage(): Stage {
  const lexicon = loadLexicon();
  return {
    name: 'events',
    run(ctx) {
      const links = ctx.notes.get(ACTORS_NOTE) as ActorLinks | undefined;
      if (!links) return;
      const events: Event[] = [];
      const fallbackDate = publicationDate(ctx);
      const datelinePlace = datelinePlaceIndex(ctx, links);
      ctx.layer.sentences.forEach((sentence, s) => {
        const matches = matchTriggers(ctx.layer, sentence, lexicon);
        // a plain statement ("said", "commented") is coded only when nothing else happens in the sentence;
        // a specific one ("rejected the accusations", CAMEO 016) always
        const specific = matches.filter(
          (m) => m.entry.plover !== null || m.entry.rest.length > 0 || m.entry.cues.length > 0,
        );
        const governed = dropGovernedNouns(specific.length > 0 ? specific : matches.slice(0, 1), ctx).filter(
          // "security forces", "the Revolutionary Front": a word of an actor's name or role is no event
          // (a verb is kept: "Ethiopia accused" may be read as a role; so is a phrase like "suicide bomber")
          (m) =>
            ctx.layer.tokens[m.head]!.pos === 'VERB' || m.entry.rest.length > 0 || !namesActor(links, m.head),
        );
        // ", officials told AFP": the closing report is neither an event of its own nor anyone's target
        const tail = attributionTail(ctx.layer, sentence);
        const body = governed.filter((m) => m.head < tail);
        const used = (body.length > 0 ? body : governed).map((m) =>
          m.head < tail && m.clauseEnd > tail ? { ...m, clauseEnd: tail } : m,
        );
        const hasCountry = (id: string) => ctx.actors.some((a) => a.id === id && a.country !== undefined);
        let previous = speakerOf(ctx, links, sentence, tailQuotes(ctx.layer, tail) ? sentence.last : tail);
        const built: Built[] = [];
        for (const match of used) {
          const args = findArguments(match, ctx.layer, links, previous, hasCountry);
          // a nominal event nobody is named in ("the meeting") repeats an event told elsewhere
          const determiner = ctx.layer.tokens[match.head - 1]?.pos === 'DET';
          if (
            match.entry.pos === 'noun' &&
            determiner &&
            args.source.length === 0 &&
            args.target.length === 0
          )
            continue;
          if (args.source.length > 0)
            previous = {
              source: args.source,
              ...(args.sourceMention !== undefined ? { mention: args.sourceMention } : {}),
            };
          const event = buildEvent(ctx, lexicon, match, args, s, fallbackDate, datelinePlace);
          if (event.source.length > 0 && event.target.length > 0)
            shareCountry(ctx, links, sentence, event.source[0]!, event.target[0]!);
          built.push({ event, match });
        }
        for (const { event } of dropRepeats(
          dropDependents(built, ctx.layer, links.mentionAtToken),
          links.mentionAtToken,
        ))
          events.push({ ...event, id: `e${events.length + 1}` });
      });
      ctx.events = linkSameEvents(events);
    },
  };
}

function buildEvent(
  ctx: DocContext,
  lexicon: Lexicon,
  match: TriggerMatch,
  found: ReturnType<typeof findArguments>,
  sentence: number,
  fallbackDate: EventDate | undefined,
  datelinePlace: number | undefined,
): SentenceEvent {
  const { tokens, text } = { tokens: ctx.layer.tokens, text: ctx.text };
  const entry = match.entry;
  let args = found;
  const { negated, modality } = modalityOf(match, ctx.layer);
  let type = (entry.plover ?? 'STATEMENT') as PloverType | 'STATEMENT';
  let cameo = entry.cameo;
  if (modality === 'intended' && FUTURE_AGREE_CAMEO[type]) {
    cameo = FUTURE_AGREE_CAMEO[type]!;
    type = 'AGREE';
  } else if ((modality === 'intended' || modality === 'hypothetical') && FUTURE_THREATEN_CAMEO[type]) {
    cameo = FUTURE_THREATEN_CAMEO[type]!;
    type = 'THREATEN';
  }
  const code = lexicon.cameo.get(cameo)!;
  const start = tokens[match.head]!.start;
  const end = tokens[match.last]!.end;
  const contexts = new Set(entry.contexts);
  for (const c of clauseContexts(ctx, match, lexicon)) contexts.add(c);
  const confidence =
    0.3 +
    Math.min(0.2, match.specificity * 0.03) +
    (args.source.length > 0 ? 0.25 : 0) +
    (args.target.length > 0 ? 0.15 : 0) +
    (modality === 'asserted' ? 0.08 : 0) -
    (entry.plover === null ? 0.2 : 0) +
    salience(ctx, match);
  const date = eventDate(ctx, match) ?? fallbackDate;
  const ownPlace = eventPlace(ctx, match);
  const place = ownPlace ?? datelinePlace;
  // "attended an event in Russia", "lifted the curfew in Montenegro": an act abroad with no one named as its
  // other side is done to the host country
  if (entry.plover !== null && args.target.length === 0 && ownPlace !== undefined) {
    const host = hostCountryActor(ctx, ownPlace, args.source, type === 'CONSULT');
    if (host) args = { ...args, target: [host] };
  }
  // "Turkish police prevented the demonstration", "students staged rallies": a domestic act of protest or
  // force with no one named against it is coded, as CAMEO does, against the actor's own country
  if (DOMESTIC.has(type) && args.target.length === 0 && args.source.length > 0) {
    const own = countryActorOf(ctx, args.source[0]!);
    // "Thousands of Iraqi Kurds demonstrated": people named by their demonym protest against their own state
    if (own && (!args.source.includes(own) || (type === 'PROTEST' && byPeople(ctx, args.sourceMention))))
      args = { ...args, target: [own] };
  }
  return {
    type,
    ...(entry.mode ? { mode: entry.mode } : {}),
    contexts: [...contexts],
    cameo,
    quadClass: code.quad,
    goldstein: code.goldstein,
    source: args.source,
    target: args.target,
    trigger: { start, end, text: text.slice(start, end) },
    sentence,
    ...(date ? { date } : {}),
    ...(place !== undefined ? { place } : {}),
    negated,
    modality,
    confidence: Math.round(Math.min(0.99, Math.max(0.05, confidence)) * 100) / 100,
    rule: entry.id,
  };
}

/** A nominal trigger that is the object of a verb trigger ("rejected the accusations", "lift its embargo",
 * "claimed responsibility for the bombing") is what that event is about, not an event of its own. */
function dropGovernedNouns(matches: TriggerMatch[], ctx: DocContext): TriggerMatch[] {
  const { tokens } = ctx.layer;
  const governs = (v: TriggerMatch, m: TriggerMatch) => {
    if (
      v === m ||
      v.entry.pos !== 'verb' ||
      m.entry.pos !== 'noun' ||
      v.last >= m.head ||
      m.head - v.last > 5
    )
      return false;
    for (let k = v.last + 1; k < m.head; k++) if (tokens[k]!.kind === 'punctuation') return false;
    return true;
  };
  // same type ("detonated a car bomb", "fought a gun battle"): one event, told by the more specific word
  const sameType = (v: TriggerMatch, m: TriggerMatch) => v.entry.plover === m.entry.plover;
  // a verb entry the tagger reads as a noun, after a verb of another type, is its object ("reduced food supplies")
  const nounObject = (v: TriggerMatch, m: TriggerMatch) =>
    m.entry.pos === 'verb' &&
    tokens[m.head]!.pos === 'NOUN' &&
    !sameType(v, m) &&
    governs(v, { ...m, entry: { ...m.entry, pos: 'noun' } });
  return matches.filter((m) => {
    if (matches.some((v) => nounObject(v, m))) return false;
    // (the verb keeps a tie: the nominal-context bonus of 2 does not count here)
    if (matches.some((v) => governs(v, m) && (!sameType(v, m) || v.specificity + 2 >= m.specificity)))
      return false;
    if (matches.some((n) => governs(m, n) && sameType(m, n) && n.specificity > m.specificity + 2))
      return false;
    return true;
  });
}

/** How central a trigger is to its sentence: a main verb counts more than an infinitive, a participle after a
 * comma ("…, accusing them"), a relative clause or a noun. */
function salience(ctx: DocContext, match: TriggerMatch): number {
  const { tokens } = ctx.layer;
  const head = tokens[match.head]!;
  let score = 0;
  if (match.entry.pos === 'noun') score -= 0.08;
  const before = tokens[match.head - 1];
  const before2 = tokens[match.head - 2];
  if (before?.lower === 'to' || before2?.lower === 'to') score -= 0.1;
  if (/ing$/.test(head.lower) && (before?.text === ',' || before2?.text === ',')) score -= 0.15;
  // "a demonstration calling for …": a participle without an auxiliary modifies, it does not report the act
  else if (
    /ing$/.test(head.lower) &&
    match.entry.pos === 'verb' &&
    !/^(?:is|are|was|were|be|been|am)$/.test(before?.lower ?? '')
  ) {
    score -= 0.2;
  } else if (
    // "the ceasefire agreement signed in March", "equipment seized last year": a reduced relative clause
    match.entry.pos === 'verb' &&
    /ed$/.test(head.lower) &&
    before?.pos === 'NOUN' &&
    match.head > match.clauseStart + 2 &&
    hasVerbBefore(ctx, match)
  ) {
    score -= 0.2;
  }
  for (let k = match.clauseStart; k < match.head; k++) {
    if (['that', 'which', 'who'].includes(tokens[k]!.lower) && tokens[k]!.pos !== 'DET') {
      score -= 0.08;
      break;
    }
  }
  return score;
}

/** Whether a verb comes before the trigger in its clause (so a noun + "-ed" there is a modifier). */
function hasVerbBefore(ctx: DocContext, match: TriggerMatch): boolean {
  for (let k = match.clauseStart; k < match.head - 1; k++)
    if (ctx.layer.tokens[k]!.pos === 'VERB') return true;
  return false;
}

/** The subject of the sentence's first speech verb before `end`: "the premier said …, and called for …". */
function speakerOf(
  ctx: DocContext,
  links: ActorLinks,
  sentence: { first: number; last: number },
  end: number,
): { source: string[]; mention?: number } | undefined {
  const { tokens } = ctx.layer;
  // a closing report (", the minister said") tells who reported the events, not who did them
  for (let k = sentence.first + 1; k < end; k++) {
    if (!SPEECH.has(tokens[k]!.lemma) || tokens[k]!.pos !== 'VERB') continue;
    const m = links.mentionAtToken[k - 1]!;
    if (m < 0) continue;
    const source = actorsOf(links, m);
    if (source.length > 0) return { source, mention: m };
  }
  return undefined;
}

function namesActor(links: ActorLinks, token: number): boolean {
  const m = links.mentionAtToken[token]!;
  return m >= 0 && links.mentions[m]!.kind !== 'pronoun' && actorsOf(links, m).length > 0;
}

const DOMESTIC = new Set(['PROTEST', 'COERCE', 'MOBILIZE']);

/** A name that spans countries ("Organization of African Unity", "World Council of Churches"). */
const MULTINATIONAL = /\b(?:international|world|global|african|european|asian|american|arab|nations)\b/i;

/** "Bouteflika is ready to lift the ban on the Islamic Salvation Front", "the teachers' union called off its
 * strike after talks with the Nigerian government": when one side of an act is a person or body of a country, the other is a group
 * or person of no known country, and the sentence names no other country, the act is domestic and the other
 * side takes that country (CAMEO codes both sides of a domestic event with it). */
function shareCountry(
  ctx: DocContext,
  links: ActorLinks,
  sentence: { first: number; last: number },
  sourceId: string,
  targetId: string,
): void {
  const source = ctx.actors.find((a) => a.id === sourceId);
  const target = ctx.actors.find((a) => a.id === targetId);
  if (!source || !target || !source.country === !target.country) return;
  const [known, other] = source.country ? [source, target] : [target, source];
  // a group acting on a country itself ("the Assembly condemned Sudan") is as likely foreign
  if (
    known.kind === 'country' ||
    other.kind === 'country' ||
    !(other.code === 'UNK' || other.code.length === 3) ||
    /^(?:IGO|NGO)/.test(other.code) ||
    MULTINATIONAL.test(other.name)
  )
    return;
  const iso3 = known.country!;
  for (let t = sentence.first; t < sentence.last; t++) {
    const m = links.mentionAtToken[t]!;
    if (m < 0) continue;
    const mention = links.mentions[m]!;
    if (mention.country && mention.country !== iso3) return;
    const id = links.actorOf.get(m);
    const country = id === undefined ? undefined : ctx.actors.find((a) => a.id === id)?.country;
    if (country && country !== iso3) return;
  }
  other.country = iso3;
  other.code = other.code === 'UNK' ? iso3 : iso3 + other.code;
}

/** Whether the mention names people by their demonym ("Iraqi Kurds", "Nigerians"), not the country. */
function byPeople(ctx: DocContext, mention: number | undefined): boolean {
  const links = ctx.notes.get(ACTORS_NOTE) as ActorLinks | undefined;
  return mention !== undefined && links?.mentions[mention]?.kind === 'demonym';
}

/** The country actor of an actor's country. */
function countryActorOf(ctx: DocContext, actorId: string): string | undefined {
  const iso3 = ctx.actors.find((a) => a.id === actorId)?.country;
  return iso3 ? countryActor(ctx, iso3) : undefined;
}

/** The actor for a country, added when the text names the country only through a city or a person. */
function countryActor(ctx: DocContext, iso3: string): string {
  let country = ctx.actors.find((a) => a.kind === 'country' && a.country === iso3);
  if (!country) {
    const name = mentionResources().kb.countryByIso3.get(iso3)?.name ?? iso3;
    country = { id: `a${ctx.actors.length + 1}`, name, code: iso3, country: iso3, kind: 'country' };
    ctx.actors.push(country);
  }
  return country.id;
}

/** The country actor of a place, when it differs from every source's country (a visit: from any source's). */
function hostCountryActor(
  ctx: DocContext,
  placeIndex: number,
  source: string[],
  visit: boolean,
): string | undefined {
  const iso2 = ctx.places[placeIndex]?.country;
  const iso3 = iso2 ? mentionResources().kb.countryByIso2.get(iso2)?.iso3 : undefined;
  if (!iso3 || source.length === 0) return undefined;
  const actors = source.map((id) => ctx.actors.find((a) => a.id === id));
  if (actors.some((a) => a?.country === iso3)) return undefined;
  // other acts only when the source is known to be foreign there ("In Beijing, spokeswoman X rejected …")
  if (!visit && actors.some((a) => !a?.country && !/^(?:IGO|NGO)/.test(a?.code ?? ''))) return undefined;
  // "arrived in Amman": the host country may be named only through its city
  const host = countryActor(ctx, iso3);
  return source.includes(host) ? undefined : host;
}

/** Contexts whose cue words occur in the trigger's clause ("trade", "counter-terrorism", "rail"). */
function clauseContexts(ctx: DocContext, match: TriggerMatch, lexicon: Lexicon): Set<string> {
  const { tokens } = ctx.layer;
  const found = new Set<string>();
  const matches = (k: number, w: string) =>
    tokens[k] !== undefined && (tokens[k]!.lower === w || tokens[k]!.lemma === w);
  for (let k = match.clauseStart; k < match.clauseEnd; k++) {
    const t = tokens[k]!;
    const cues = lexicon.contextCues.get(t.lemma) ?? lexicon.contextCues.get(t.lower);
    if (!cues) continue;
    for (const cue of cues)
      if (cue.words.every((w, i) => i === 0 || matches(k + i, w))) found.add(cue.context);
  }
  return found;
}

/** The time expression governing the clause: the nearest in the sentence, preferring the clause itself. */
function eventDate(ctx: DocContext, match: TriggerMatch): EventDate | undefined {
  const { tokens } = ctx.layer;
  const sentence = ctx.layer.sentences[tokens[match.head]!.sentence]!;
  const from = tokens[sentence.first]!.start;
  const to = tokens[sentence.last - 1]!.end;
  const trigger = tokens[match.head]!.start;
  const clause = [tokens[match.clauseStart]!.start, tokens[match.clauseEnd - 1]!.end];
  const candidates = ctx.times.filter(
    (t) => t.start >= from && t.end <= to && (t.type === 'DATE' || t.type === 'TIME'),
  );
  if (candidates.length === 0) return undefined;
  const score = (t: (typeof candidates)[number]) =>
    Math.abs(t.start - trigger) + (t.start >= clause[0]! && t.end <= clause[1]! ? 0 : 1000);
  const best = [...candidates].sort((a, b) => score(a) - score(b))[0]!;
  const value = best.value;
  if (!value || /_REF$/.test(value)) return { value: null, precision: 'vague', stated: true };
  const precision = /^\d{4}-\d{2}-\d{2}/.test(value)
    ? 'day'
    : /^\d{4}-\d{2}$/.test(value)
      ? 'month'
      : /^\d{4}$/.test(value)
        ? 'year'
        : 'vague';
  return {
    value: precision === 'vague' ? value : value.slice(0, precision === 'day' ? 10 : value.length),
    precision,
    stated: best.stated ?? false,
  };
}

/** Without a time in the sentence: the publication date, marked vague and implied, never passed off as the day. */
function publicationDate(ctx: DocContext): EventDate | undefined {
  return ctx.published ? { value: ctx.published, precision: 'vague', stated: false } : undefined;
}

/** The place governing the clause: a location after "in"/"at" in the clause, else in the sentence. */
function eventPlace(ctx: DocContext, match: TriggerMatch): number | undefined {
  const { tokens } = ctx.layer;
  const clause = [tokens[match.clauseStart]!.start, tokens[match.clauseEnd - 1]!.end];
  const sentence = ctx.layer.sentences[tokens[match.head]!.sentence]!;
  const inSentence = (p: { start: number; end: number }) =>
    p.start >= tokens[sentence.first]!.start && p.end <= tokens[sentence.last - 1]!.end;
  const governed = ctx.places
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => inSentence(p) && PLACE_PREPS.has(precedingWord(ctx, p.start)));
  const inClause = governed.find(({ p }) => p.start >= clause[0]! && p.end <= clause[1]!);
  return (inClause ?? governed[0])?.i;
}

function precedingWord(ctx: DocContext, offset: number): string {
  const before = ctx.text
    .slice(Math.max(0, offset - 12), offset)
    .trim()
    .split(/\s+/);
  return (before[before.length - 1] ?? '').toLowerCase();
}

function datelinePlaceIndex(ctx: DocContext, links: ActorLinks): number | undefined {
  const mentionOf = ctx.notes.get(PLACES_NOTE) as number[] | undefined;
  if (!mentionOf) return undefined;
  const k = mentionOf.findIndex((m) => isDateline(links.mentions[m]!, ctx.layer));
  return k >= 0 ? k : undefined;
}
