// Codes every event-lexicon entry's example sentence and counts how many code to their own entry and, of those
// with an expected source and target, how many get them (the README's lexicon self-test row):
//   npx tsx scripts/lexicon-dyads.ts
import { loadLexicon } from '../src/events/lexicon.js';
import { createPipeline } from '../src/pipeline/index.js';

const lexicon = loadLexicon();
const pipeline = createPipeline();
let own = 0;
let expected = 0;
let dyads = 0;
for (const entry of lexicon.entries) {
  const doc = pipeline.code({ id: entry.id, text: entry.example, published: '2024-01-15' });
  const event = doc.events.find((e) => e.rule === entry.id);
  if (event) own++;
  if (!entry.expect) continue;
  expected++;
  const code = (id: string) => doc.actors.find((a) => a.id === id)?.code ?? '';
  const side = (ids: string[] | undefined, want: string | undefined) =>
    !want || (ids ?? []).some((id) => code(id).startsWith(want));
  if (event && side(event.source, entry.expect.source) && side(event.target, entry.expect.target)) dyads++;
}
console.log(`lexicon: ${own}/${lexicon.entries.length} examples code to their own entry`);
console.log(`lexicon: ${dyads}/${expected} with the expected source and target`);
