// Negation and modality of a trigger from the words before it: "did not meet", "will meet", "could strike",
// "urged X to release"; PLOVER codes a future cooperative act as AGREE.
import type { Modality } from '../core/index.js';
import type { TextLayer } from '../text/layer.js';
import type { TriggerMatch } from './trigger-matcher.js';

const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no', 'neither', 'nor', 'without']);
const INTENT = new Set(['will', 'would', 'shall', "'ll", '’ll', 'going']);
const INTENT_VERBS = new Set([
  'plan',
  'intend',
  'expect',
  'aim',
  'seek',
  'want',
  'hope',
  'pledge',
  'vow',
  'promise',
  'agree',
  'decide',
  'prepare',
  'set',
  'schedule',
  'offer',
  'propose',
  'ready',
  'due',
  'likely',
  'willing',
  // a threatened or vowed act has not happened: "threatened to cut off", "vowed to fight"
  'threaten',
  'vow',
  'swear',
  'warn',
]);
const HYPOTHETICAL = new Set(['could', 'might', 'may', 'if', 'unless', 'whether', 'should']);
const REQUEST_VERBS = new Set([
  'urge',
  'call',
  'ask',
  'demand',
  'press',
  'appeal',
  'request',
  'invite',
  'encourage',
  'implore',
  'push',
]);
const FAILED = new Set(['fail', 'refuse', 'decline', 'deny']);

export interface ModalityResult {
  negated: boolean;
  modality: Modality;
}

export function modalityOf(match: TriggerMatch, layer: TextLayer): ModalityResult {
  const { tokens } = layer;
  let negated = false;
  let modality: Modality = 'asserted';
  const from = Math.max(match.clauseStart, match.head - 6);
  for (let k = match.head - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (NEGATORS.has(t.lower) && k >= match.head - 3) negated = true;
    if (t.lower === 'to' || t.lower === 'that' || t.lower === 'for') {
      // "plans to meet", "urged Iran to release", "called for talks": look at the governing verb
      for (let g = k - 1; g >= Math.max(match.clauseStart, k - 4); g--) {
        const v = tokens[g]!;
        if (REQUEST_VERBS.has(v.lemma)) return { negated, modality: 'requested' };
        if (INTENT_VERBS.has(v.lemma))
          return { negated: negated || hasNegator(layer, g), modality: 'intended' };
        if (FAILED.has(v.lemma)) return { negated: true, modality };
      }
      if (t.lower !== 'to') break;
    }
    if (INTENT.has(t.lower) && modality === 'asserted') modality = 'intended';
    if (HYPOTHETICAL.has(t.lower)) modality = 'hypothetical';
  }
  return { negated, modality };
}

function hasNegator(layer: TextLayer, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) if (NEGATORS.has(layer.tokens[k]!.lower)) return true;
  return false;
}

/** PLOVER: a cooperative act announced for the future is an AGREE (intent), with CAMEO's matching 03x code. */
export const FUTURE_AGREE_CAMEO: Record<string, string> = {
  CONSULT: '036',
  SUPPORT: '032',
  COOPERATE: '031',
  AID: '033',
  CONCEDE: '035',
  RETREAT: '035',
};

/** PLOVER: a conflictual act announced for the future or as a possibility is a THREATEN, with CAMEO's 13x code. */
export const FUTURE_THREATEN_CAMEO: Record<string, string> = {
  ASSAULT: '138',
  MOBILIZE: '138',
  COERCE: '137',
  SANCTION: '131',
  PROTEST: '133',
};
