// Pronouns and plural references to actors, by news conventions: "he said" continues the last speaker,
// "In his remarks, X said" points forward to X, otherwise the subject of this or a recent sentence.
import type { Mention } from '../mentions/mention.js';
import { SPEECH_VERBS } from '../mentions/name-words.js';
import type { TextLayer } from '../text/layer.js';
import type { ActorAssignment, Draft } from './build-actors.js';

export interface PluralLinks {
  /** Mention index → the actors a plural reference stands for. */
  members: Map<number, Draft[]>;
}

const LOOKBACK = 3;

export function resolvePronouns(
  mentions: Mention[],
  assignment: ActorAssignment,
  layer: TextLayer,
): PluralLinks {
  const { byMention } = assignment;
  const members = new Map<number, Draft[]>();
  const sentenceOf = (m: Mention) => layer.tokens[m.first]!.sentence;
  const isPerson = (d: Draft | undefined): d is Draft => !!d && d.kind === 'person';
  let lastSpeaker: Draft | undefined;

  const speechNear = (m: Mention) => {
    const after = layer.tokens.slice(m.last, m.last + 3);
    const before = layer.tokens[m.first - 1];
    return (
      after.some((t) => SPEECH_VERBS.has(t.lemma) && t.pos === 'VERB') ||
      (!!before && SPEECH_VERBS.has(before.lemma) && before.pos === 'VERB')
    );
  };
  // mention indexes by sentence, built once: pronouns look only at their own and nearby sentences
  const bySentence = new Map<number, number[]>();
  mentions.forEach((m, k) => {
    const list = bySentence.get(sentenceOf(m));
    if (list) list.push(k);
    else bySentence.set(sentenceOf(m), [k]);
  });
  const personsIn = (s: number, beforeIndex: number) =>
    (bySentence.get(s) ?? [])
      .filter((k) => k < beforeIndex)
      .map((k) => ({ m: mentions[k]!, k, d: byMention.get(k) }))
      .filter(({ d }) => isPerson(d));

  mentions.forEach((m, i) => {
    const s = sentenceOf(m);
    if (m.kind === 'pronoun' && m.neuter) {
      const d = thingBefore(i, s);
      if (d) {
        d.mentions.push(i);
        byMention.set(i, d);
      }
    } else if (m.kind === 'pronoun' && !m.plural) {
      const fits = (d: Draft) => !m.gender || !d.gender || d.gender === m.gender;
      const d =
        cataphor(mentions, i, layer, byMention, fits) ??
        (speechNear(m) && lastSpeaker && fits(lastSpeaker) ? lastSpeaker : undefined) ??
        subjectBefore(i, s);
      if (d) {
        d.mentions.push(i);
        byMention.set(i, d);
      }
    } else if (m.kind === 'pronoun' || m.kind === 'plural') {
      const group = pluralReferent(m, i, s);
      if (group.length === 1) {
        group[0]!.mentions.push(i);
        byMention.set(i, group[0]!);
      } else if (group.length > 1) members.set(i, group);
    }
    const d = byMention.get(i);
    if (isPerson(d) && speechNear(m)) lastSpeaker = d;

    function subjectBefore(index: number, sentence: number): Draft | undefined {
      const fits = (d: Draft) => !m.gender || !d.gender || d.gender === m.gender;
      for (let back = 0; back <= LOOKBACK && sentence - back >= 0; back++) {
        const found = personsIn(sentence - back, index).find(({ d }) => fits(d!));
        if (found) return found.d;
      }
      return undefined;
    }
  });

  /** "it"/"its": the nearest country, organisation or group named in this or the previous sentence. */
  function thingBefore(i: number, s: number): Draft | undefined {
    for (let k = i - 1; k >= 0 && sentenceOf(mentions[k]!) >= s - 1; k--) {
      const d = byMention.get(k);
      if (d && d.kind !== 'person') return d;
    }
    return undefined;
  }

  function pluralReferent(m: Mention, i: number, s: number): Draft[] {
    const text = m.text.toLowerCase();
    const wantsCountries = /countries|nations|sides|governments|neighbou?rs/.test(text);
    const focus = focusPair(assignment.drafts);
    if (m.kind === 'plural') {
      if (!wantsCountries) return focus;
      const countries = focus
        .map((d) => assignment.drafts.find((c) => c.kind === 'country' && c.country === d.country))
        .filter((d): d is Draft => !!d);
      return countries.length === 2 ? countries : focusCountries(assignment.drafts);
    }
    // they/them/their: the persons of this sentence, else of the previous one, else the last group named
    for (let back = 0; back <= 1 && s - back >= 0; back++) {
      const persons = [...new Set(personsIn(s - back, i).map(({ d }) => d!))];
      if (persons.length >= 2) return persons.slice(-2);
      const plural = mentions.findIndex((o, k) => k < i && sentenceOf(o) === s - back && members.has(k));
      if (plural >= 0) return members.get(plural)!;
    }
    for (let k = i - 1; k >= 0 && sentenceOf(mentions[k]!) >= s - 1; k--) {
      const d = byMention.get(k);
      if (d && (d.kind === 'group' || d.kind === 'organization')) return [d];
    }
    return [];
  }
  return { members };
}

/** "In his opening remarks, the interim premier said": a pronoun before the first comma points to the subject. */
function cataphor(
  mentions: Mention[],
  i: number,
  layer: TextLayer,
  byMention: Map<number, Draft>,
  fits: (d: Draft) => boolean,
): Draft | undefined {
  const m = mentions[i]!;
  const sentence = layer.sentences[layer.tokens[m.first]!.sentence]!;
  let comma = -1;
  for (let t = sentence.first; t < sentence.last; t++) {
    if (layer.tokens[t]!.text === ',') {
      comma = t;
      break;
    }
  }
  if (comma < 0 || m.first > comma || comma - sentence.first > 12) return undefined;
  for (let k = i + 1; k < mentions.length; k++) {
    const o = mentions[k]!;
    if (o.first <= comma) continue;
    if (o.first > comma + 8 || layer.tokens[o.first]!.sentence !== layer.tokens[m.first]!.sentence)
      return undefined;
    const d = byMention.get(k);
    if (d && d.kind === 'person' && fits(d)) return d;
  }
  return undefined;
}

/** The two most-mentioned persons of different countries: who "the two leaders" are. */
function focusPair(drafts: Draft[]): Draft[] {
  const persons = drafts
    .filter((d) => d.kind === 'person')
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const first = persons[0];
  if (!first) return [];
  const second = persons.find((d) => d !== first && d.country !== first.country) ?? persons[1];
  return second ? [first, second] : [first];
}

function focusCountries(drafts: Draft[]): Draft[] {
  return drafts
    .filter((d) => d.kind === 'country')
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .slice(0, 2);
}
