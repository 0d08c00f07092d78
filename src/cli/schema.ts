// `dyad schema`: the coded-document contract as JSON Schema.
import { codedDocJsonSchema } from '../core/index.js';

export function schemaCommand(): void {
  process.stdout.write(`${JSON.stringify(codedDocJsonSchema(), null, 2)}\n`);
}
