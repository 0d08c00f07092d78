// Source and target of a trigger from its clause: the subject (with coordination "France and Germany"),
// the object or the prepositional recipient, the agent of a passive ("was received by X").
import type { ActorLinks } from '../actors/actors-stage.js';
import type { TextLayer } from '../text/layer.js';
import { lemmasOf, type TriggerMatch } from './trigger-matcher.js';

export interface Arguments {
  source: string[];
  target: string[];
  /** Mention indexes used, for the confidence and the evidence trail. */
  sourceMention?: number;
  targetMention?: number;
  passive: boolean;
}

const PLACE_PREPS = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'across',
  'throughout',
  'during',
  'on',
  'from',
  'into',
  'of',
  'as',
  'like',
]);
const SPEECH_AFTER = new Set(['report', 'say', 'add', 'tell', 'quote', 'cite']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got']);

/** The "-ing" participle right after a noun at most four words back from verb `k` ("aircraft using …"), or -1. */
function participleBefore(layer: TextLayer, k: number, clauseStart: number): number {
  const { tokens } = layer;
  for (let j = k; j > clauseStart && j >= k - 4; j--) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT' || t.lower === 'and') return -1;
    const before = tokens[j - 1]!.pos;
    if (
      t.pos === 'VERB' &&
      t.lower.endsWith('ing') &&
      (before === 'NOUN' || before === 'PROPN' || before === 'ADJ')
    )
      return j;
  }
  return -1;
}

/** Actors a mention stands for: one actor, or the members of a plural reference. */
export function actorsOf(links: ActorLinks, m: number): string[] {
  const one = links.actorOf.get(m);
  if (one) return [one];
  return links.membersOf.get(m) ?? [];
}

export function findArguments(
  match: TriggerMatch,
  layer: TextLayer,
  links: ActorLinks,
  previousSubject?: { source: string[]; mention?: number },
  hasCountry: (actor: string) => boolean = () => true,
): Arguments {
  const { tokens } = layer;
  const mentionAt = (k: number) => (k >= 0 && k < tokens.length ? links.mentionAtToken[k]! : -1);
  const passive = isPassive(layer, match);

  // "carried out an attack", "staged a protest": a nominal event after a light verb takes its subject
  const light = match.entry.pos === 'noun' ? lightVerbBefore(layer, match) : -1;
  const noun = match.entry.pos === 'noun' && light < 0;
  const from = light >= 0 ? light : match.head;
  // subject: the last actor mention before the trigger in the clause that is not inside a prepositional
  // phrase; a verb in between means the mention is that verb's object ("met Putin and reviewed …")
  let subject: number | undefined;
  let partitive: number | undefined;
  let coordinatedVerb = false;
  for (let k = from - 1; k >= match.clauseStart; k--) {
    const t = tokens[k]!;
    // "continued to send", "plans to visit": a verb governing the trigger's infinitive is not a clause break
    if (!noun && t.pos === 'VERB' && tokens[k + 1]?.lower === 'to' && k + 2 === from) continue;
    // "aircraft using guided missiles killed …": a short participle phrase after a noun modifies it; skip it
    const participle = noun || t.pos !== 'VERB' ? -1 : participleBefore(layer, k, match.clauseStart);
    if (participle >= 0) {
      k = participle;
      continue;
    }
    if (!noun && (t.pos === 'VERB' || (t.lower === 'and' && k === from - 1))) {
      coordinatedVerb = true;
      break;
    }
    const m = mentionAt(k);
    if (m < 0) {
      if (noun && k < from - 2) break; // a nominal event's source is right before it ("Russia's visit")
      continue;
    }
    const mention = links.mentions[m]!;
    k = mention.first;
    if (actorsOf(links, m).length === 0 || links.inTitle.has(m)) continue;
    if (PLACE_PREPS.has(wordBefore(layer, links, mention.first)) && mention.kind !== 'pronoun') {
      if (opensClauseWithOf(layer, match.clauseStart, mention.first)) partitive = m;
      continue;
    }
    subject = partitiveOf(layer, links, m, hasCountry) ?? m;
    break;
  }
  // "Leaders of the Chilean opposition met …": a clause that opens with a part word takes the group after "of"
  if (subject === undefined && !coordinatedVerb) subject = partitive;
  let source = subject === undefined ? [] : actorsOf(links, subject);
  if (subject !== undefined) source = [...coordinated(layer, links, subject, -1), ...source];
  let sourceMention = subject;
  if (source.length === 0 && previousSubject && (coordinatedVerb || !noun)) {
    // "Kakar met Putin and reviewed cooperation": a coordinated verb shares the subject
    source = previousSubject.source;
    sourceMention = previousSubject.mention;
  }

  // target: after the trigger; the entry's prepositions first, then a direct object
  const statement = match.entry.plover === null;
  let target: string[] = [];
  let targetMention: number | undefined;
  const wanted = new Set([...match.entry.prep, ...(passive ? ['by'] : [])]);
  for (let k = match.last + 1; k < match.clauseEnd; k++) {
    const m = mentionAt(k);
    if (m < 0) continue;
    const mention = links.mentions[m]!;
    k = mention.last - 1;
    const actors = actorsOf(links, m);
    if (actors.length === 0 || links.inTitle.has(m)) continue;
    if (actors.every((a) => source.includes(a))) continue;
    const prep = wordBefore(layer, links, mention.first);
    // ", ARY News reported": the subject of an attribution tail is nobody's target
    if (SPEECH_AFTER.has(tokens[mention.last]?.lemma ?? '')) continue;
    if (statement && !wanted.has(prep)) continue;
    if (
      noun &&
      !wanted.has(prep) &&
      !['to', 'with', 'between', 'against', 'on', 'from', 'for'].includes(prep)
    )
      continue;
    // "shelled positions of the security forces": the owner of the object right after the trigger
    const owner = prep === 'of' && ofWithin(layer, match.last, mention.first, 4);
    const direct = !PLACE_PREPS.has(prep) || wanted.has(prep) || owner;
    if (!direct && mention.kind !== 'country') continue;
    if (!direct && mention.kind === 'country' && (prep === 'in' || prep === 'at')) continue;
    target = [...actors, ...coordinated(layer, links, m, 1)];
    targetMention = m;
    break;
  }
  if (passive) {
    // "Kakar was received by Putin": the agent acts on the subject
    const agent = target;
    return {
      source: agent,
      target: source,
      ...(targetMention !== undefined ? { sourceMention: targetMention } : {}),
      ...(sourceMention !== undefined ? { targetMention: sourceMention } : {}),
      passive,
    };
  }
  source = [...new Set(source)];
  target = [...new Set(target)].filter((a) => !source.includes(a));
  // "Sharif and Tokayev agreed", "talks between Kenya and Somalia": one side acts, the other is the target
  if (target.length === 0 && source.length >= 2) [source, target] = [source.slice(0, 1), source.slice(1)];
  else if (source.length === 0 && target.length >= 2)
    [source, target] = [target.slice(0, 1), target.slice(1)];
  return {
    source,
    target,
    ...(sourceMention !== undefined ? { sourceMention } : {}),
    ...(targetMention !== undefined ? { targetMention } : {}),
    passive,
  };
}

/** "Thousands of Iraqi Kurds", "leaders of the opposition coalition": when the head of the subject is a
 * number or part word of no known country, the group after "of" is the one that acts. */
function partitiveOf(
  layer: TextLayer,
  links: ActorLinks,
  m: number,
  hasCountry: (actor: string) => boolean,
): number | undefined {
  const mention = links.mentions[m]!;
  if (layer.tokens[mention.last]?.lower !== 'of' || actorsOf(links, m).some(hasCountry)) return undefined;
  for (let k = mention.last + 1; k <= mention.last + 5; k++) {
    const n = links.mentionAtToken[k] ?? -1;
    // "Kenyan" in "Kenyan teachers" describes the group that follows
    if (n >= 0 && links.inTitle.has(n)) {
      k = links.mentions[n]!.last - 1;
      continue;
    }
    if (n >= 0) return actorsOf(links, n).some(hasCountry) ? n : undefined;
    const t = layer.tokens[k];
    // "tens of thousands of", "some of the"
    if (!t || !(t.pos === 'DET' || t.pos === 'ADJ' || t.lower === 'of' || QUANTITIES.has(t.lower)))
      return undefined;
  }
  return undefined;
}

/** "Thousands of", "Tens of thousands of": an "of" within the first three words of the clause, after a
 * noun or number, before the noun phrase at `first`. */
const QUANTITIES = new Set(['hundreds', 'thousands', 'millions', 'dozens', 'scores', 'tens']);

function opensClauseWithOf(layer: TextLayer, clauseStart: number, first: number): boolean {
  for (let k = first - 1; k >= clauseStart && k > first - 4; k--) {
    const t = layer.tokens[k]!;
    if (t.lower !== 'of') continue;
    const head = layer.tokens[k - 1];
    // (a capital opening the sentence may be tagged a name: "Leaders of …")
    const part =
      !!head &&
      (head.pos === 'NOUN' || head.pos === 'NUM' || (head.pos === 'PROPN' && k - 1 === clauseStart));
    return k - clauseStart <= 3 && part;
  }
  return false;
}

const LIGHT_VERBS = new Set([
  'carry',
  'launch',
  'conduct',
  'stage',
  'mount',
  'make',
  'commit',
  'use',
  'take',
  'begin',
  'start',
  'intensify',
  'claim',
  'file',
  'send',
  'hold',
  'issue',
  'impose',
  'announce',
  'step',
  'escalate',
  'perpetrate',
  'unleash',
  'lodge',
  'put',
  'engage',
  'order',
  'organize',
  'organise',
  'lead',
  'resume',
  'continue',
  'wage',
  'level',
  'deliver',
  'extend',
  'offer',
  'pay',
]);

/** The token index of a light verb governing a nominal trigger within 4 tokens before it, or -1. */
function lightVerbBefore(layer: TextLayer, match: TriggerMatch): number {
  for (let k = match.head - 1; k >= Math.max(match.clauseStart, match.head - 5); k--) {
    const t = layer.tokens[k]!;
    if ((t.pos === 'VERB' || t.pos === 'NOUN') && lemmasOf(t).some((l) => LIGHT_VERBS.has(l))) return k;
    if (t.pos === 'VERB' || t.kind === 'punctuation') return -1;
  }
  return -1;
}

/** The word before a mention's whole noun phrase: "of" in "of Egyptian workers", "with" in "with Russia's
 * President Putin" (skipping the modifiers, possessives and title parts in between). */
function wordBefore(layer: TextLayer, links: ActorLinks, first: number): string {
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    const t = layer.tokens[k]!;
    if (
      links.mentionAtToken[k]! >= 0 ||
      t.pos === 'DET' ||
      t.pos === 'ADJ' ||
      t.pos === 'PART' ||
      t.lower === '’s' ||
      t.lower === "'s"
    )
      continue;
    return t.lower;
  }
  return '';
}

/** Whether an "of" opens the noun phrase before `first` at most `n` tokens after `from`. */
function ofWithin(layer: TextLayer, from: number, first: number, n: number): boolean {
  for (let k = first - 1; k > from; k--) if (layer.tokens[k]!.lower === 'of') return k - from <= n;
  return false;
}

function isPassive(layer: TextLayer, match: TriggerMatch): boolean {
  if (match.entry.pos !== 'verb') return false;
  const t = layer.tokens[match.head]!;
  if (!/ed$|en$|wn$|ld$|nt$|ght$|uck$/.test(t.lower)) return false;
  const before = layer.tokens[match.head - 1];
  const before2 = layer.tokens[match.head - 2];
  return (
    (!!before && PASSIVE_AUX.has(before.lower)) ||
    (!!before2 && PASSIVE_AUX.has(before2.lower) && before?.pos === 'ADV')
  );
}

/** Mentions joined to mention `m` by "and" or commas ("France, Germany and Italy"), in direction `dir`. */
function coordinated(layer: TextLayer, links: ActorLinks, m: number, dir: -1 | 1): string[] {
  const out: string[] = [];
  let current = links.mentions[m]!;
  for (;;) {
    const gap = dir < 0 ? current.first - 1 : current.last;
    const joiner = layer.tokens[gap];
    if (!joiner || (joiner.lower !== 'and' && joiner.text !== ',')) break;
    const next = links.mentionAtToken[dir < 0 ? gap - 1 : gap + 1];
    if (next === undefined || next < 0) break;
    const actors = actorsOf(links, next);
    if (actors.length === 0) break;
    out.push(...actors);
    current = links.mentions[next]!;
  }
  return out;
}
