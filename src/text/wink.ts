// Loads wink-nlp with its English lite model once per process: the model is read-only, so sharing it is safe.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** Only the steps dyad reads: sentence boundaries and part of speech (lemmas follow from them). wink-nlp's
 * negation, sentiment and entity steps are left out: dyad has its own, and they cost a third of the pass. */
const PIPE = ['sbd', 'pos'];

export function wink(): Nlp {
  nlp ??= winkNLP(model, PIPE);
  return nlp;
}
