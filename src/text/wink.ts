// Loads wink-nlp with its English lite model once per process: the model is read-only, so sharing it is safe.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

export function wink(): Nlp {
  nlp ??= winkNLP(model);
  return nlp;
}
