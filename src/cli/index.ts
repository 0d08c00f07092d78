// The dyad command line: `code`, `eval`, `schema`, and the commands later layers add.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { DyadError } from '../core/index.js';
import { codeCommand } from './code.js';
import { evalCommand } from './eval.js';
import { schemaCommand } from './schema.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const EXAMPLES = `
Examples:
  $ dyad code article.txt --published 2023-10-18           code one article, JSON out
  $ dyad code article.txt --published 2023-10-18 --format pretty
  $ dyad code --input jsonl < docs.jsonl > coded.jsonl    one coded document per input line
  $ dyad code --input html page.html                       extract the article from a web page first
  $ dyad eval events ../shared/eval/dev/events.jsonl        score dyad on a gold set
  $ dyad eval seed ../shared/eval/seed/gold.json            article-level checks for the seed article
  $ dyad schema > coded-document.schema.json               the output contract as JSON Schema
`;

export function buildProgram(): Command {
  const program = new Command('dyad')
    .description('Turn news into political event data: who did what to whom, when, where, with evidence.')
    .version(pkg.version, '-V, --version')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('code')
    .description('code documents into coded documents (CONTRACT.md)')
    .argument('[files...]', 'files to code, or - for stdin', ['-'])
    .addOption(
      new Option('--input <format>', 'input format').choices(['text', 'jsonl', 'html']).default('text'),
    )
    .option('--published <date>', 'publication date YYYY-MM-DD (reference for relative dates)')
    .addOption(
      new Option('--format <format>', 'output format (default: jsonl for jsonl input, else json)').choices([
        'json',
        'jsonl',
        'pretty',
      ]),
    )
    .action(codeCommand);

  program
    .command('eval')
    .description('score dyad against a gold set: events, quotes, entities, times, places, or seed')
    .argument('<task>', 'events | quotes | entities | times | places | seed')
    .argument('<gold>', 'gold file (JSON Lines, or gold.json for seed)')
    .option(
      '--pred <file>',
      'score these predictions (coded documents, JSON Lines) instead of coding the gold texts',
    )
    .option('--json', 'print the metrics as JSON')
    .action(evalCommand);

  program.command('schema').description('print the JSON Schema of the coded document').action(schemaCommand);
  return program;
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof DyadError) {
      process.stderr.write(`dyad: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
