// piscina worker for the benchmark: codes a batch of documents with its own pipeline instance.
import { createPipeline } from '../dist/pipeline/index.js';

const pipeline = createPipeline();

export default function ({ docs }) {
  let events = 0;
  for (const d of docs) events += pipeline.code(d).events.length;
  return events;
}
