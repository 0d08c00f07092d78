// A piscina worker: one pipeline per thread (built once, ~1 s), coding batches of documents.
import type { CodedDoc, ErrorLine, InputDoc } from '../core/index.js';
import { createPipeline } from '../pipeline/index.js';

const pipeline = createPipeline();

export default async function codeBatch(docs: InputDoc[]): Promise<(CodedDoc | ErrorLine)[]> {
  const out: (CodedDoc | ErrorLine)[] = [];
  for await (const result of pipeline.codeMany(docs)) out.push(result);
  return out;
}
