// `dyad code`: files or stdin in, coded documents out as JSON, JSON Lines or a readable summary.
import { DyadError } from '../core/index.js';
import { type InputFormat, readInputs } from '../ingest/read.js';
import { createPipeline } from '../pipeline/index.js';
import { write } from './output.js';
import { formatPretty } from './pretty.js';

interface CodeOptions {
  input: InputFormat;
  published?: string;
  format?: 'json' | 'jsonl' | 'pretty';
}

export async function codeCommand(files: string[], options: CodeOptions): Promise<void> {
  if (options.published && !/^\d{4}-\d{2}-\d{2}$/.test(options.published)) {
    throw new DyadError('cli', 'bad_input', `--published: expected YYYY-MM-DD, found "${options.published}"`);
  }
  const format = options.format ?? (options.input === 'jsonl' ? 'jsonl' : 'json');
  const pipeline = createPipeline();
  const out = process.stdout;
  let count = 0;
  let errors = 0;
  if (format === 'json' && options.input === 'jsonl') await write(out, '[\n');
  for await (const result of pipeline.codeMany(readInputs(files, options))) {
    count++;
    if ('error' in result) {
      errors++;
      process.stderr.write(`dyad: ${result.id ?? '(no id)'}: ${result.error.message}\n`);
    }
    if (format === 'jsonl') await write(out, `${JSON.stringify(result)}\n`);
    else if (format === 'pretty') {
      await write(
        out,
        'error' in result
          ? `━━ ${result.id}: ERROR ${result.error.message}\n\n`
          : `${formatPretty(result)}\n`,
      );
    } else if (options.input === 'jsonl')
      await write(out, `${count > 1 ? ',\n' : ''}${JSON.stringify(result)}`);
    else await write(out, `${JSON.stringify(result, null, 2)}\n`);
  }
  if (format === 'json' && options.input === 'jsonl') await write(out, '\n]\n');
  if (count === 0) throw new DyadError('cli', 'no_text', 'no documents in the input');
  if (errors > 0)
    process.stderr.write(
      `dyad: coded ${count - errors} of ${count} documents; ${errors} could not be coded\n`,
    );
}
