// The dyad command line: `code`, `eval`, `schema`, and the dataset commands (`ingest`, `events`, `series`,
// `actors`, `quotes`, `search`, `stats`, `export`).
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { DyadError } from '../core/index.js';
import { actorsCommand, quotesCommand, searchCommand, statsCommand } from './catalog.js';
import { codeCommand } from './code.js';
import { evalCommand } from './eval.js';
import { eventsCommand } from './events.js';
import { exportCommand } from './export.js';
import { ingestCommand } from './ingest.js';
import { kbImportCommand, kbLookupCommand } from './kb.js';
import { schemaCommand } from './schema.js';
import { seriesCommand } from './series.js';
import { registerServeCommands } from './serve.js';
import { addDbOption, addEventFilterOptions, addFormatOptions } from './store-options.js';

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
  $ dyad ingest articles/ feeds.opml news.jsonl            build the dataset (./dyad.db)
  $ dyad events --actor RUS --type SANCTION --from 2024-01  merged events with counts
  $ dyad series USA CHN --by month --format csv            the dyad over time
  $ dyad export --format parquet --out events.parquet      the dataset for R, pandas or BigQuery
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

  const kb = program
    .command('kb')
    .description('the knowledge base of actors: look up names, import dictionaries');
  kb.command('lookup')
    .description('show the knowledge-base entries for a name, with the offices held on a date')
    .argument('<name>', 'a name, surname, alias, country, organisation or outlet')
    .option('--date <date>', 'YYYY-MM-DD: only offices held that day')
    .option('--json', 'print JSON')
    .action(kbLookupCommand);
  kb.command('import')
    .description('convert a PETRARCH/TABARI actor dictionary or a CSV list into knowledge-base YAML')
    .argument('<file>', 'the dictionary file')
    .requiredOption('--format <format>', 'petrarch | csv')
    .option('--out <file>', 'write the YAML here (put it in data/kb/people/ or a DYAD_DATA_DIR copy)')
    .action(kbImportCommand);
  addStoreCommands(program);
  registerServeCommands(program, pkg.version);
  return program;
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  // `dyad events | head`: a closed pipe ends the output quietly, as for any Unix filter.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
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

function addStoreCommands(program: Command): void {
  addDbOption(
    program
      .command('ingest')
      .description(
        'code files, folders, feeds, OPML lists or stdin into the dataset (resumable; duplicates linked)',
      )
      .argument('[paths...]', '.txt, .html, .jsonl, RSS/Atom/RDF feeds, .opml, folders, or - for stdin'),
  )
    .option('--workers <n>', 'worker threads for coding (default: all cores; 0: this thread)')
    .option('--batch-size <n>', 'articles per worker task and per transaction', '16')
    .option('--published <date>', 'publication date YYYY-MM-DD for inputs that carry none')
    .addOption(
      new Option('--input <kind>', 'input kind (default: by extension, else by content)')
        .choices(['auto', 'text', 'html', 'jsonl', 'feed', 'opml'])
        .default('auto'),
    )
    .option('--no-fetch', 'do not fetch http(s) feeds named in OPML lists')
    .option('--threshold <j>', 'MinHash similarity from which an article is a near-duplicate', '0.7')
    .option('--no-progress', 'no progress bar or progress lines (errors and the summary are still printed)')
    .action(ingestCommand);

  addFormatOptions(
    addEventFilterOptions(
      addDbOption(program.command('events').description('event records merged across articles')),
    ),
  )
    .addOption(new Option('--sort <order>', 'order').choices(['date', 'mentions']).default('date'))
    .option('--evidence', 'each mention with its article and evidence sentence')
    .action(eventsCommand);

  addEventFilterOptions(
    addDbOption(
      program
        .command('series')
        .description(
          'the A–B dyad over time, either direction: events by quad class, Goldstein total and mean',
        )
        .argument('<a>', 'actor code prefix (USA, USAGOV) or part of a name')
        .argument('<b>', 'the other actor'),
    ),
  )
    .addOption(new Option('--by <period>', 'period').choices(['day', 'week', 'month']).default('month'))
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'csv', 'jsonl']).default('table'),
    )
    .action(seriesCommand);

  addFormatOptions(
    addDbOption(
      program
        .command('actors')
        .description('actors in the dataset, most reported first')
        .argument('[match]', 'code prefix (upper case) or part of a name'),
    ),
  )
    .option('--country <iso3>', 'actors of this country')
    .option('--kind <kind>', 'person, organization, country or group')
    .action(actorsCommand);

  addFormatOptions(addDbOption(program.command('quotes').description('quotes with their speakers')))
    .option('--speaker <name|code>', 'part of the speaker name, or a speaker code prefix')
    .option('--text <words>', 'the quote contains these words')
    .action(quotesCommand);

  addFormatOptions(
    addDbOption(
      program
        .command('search')
        .description('full-text search over articles ("phrases", -excluded words)')
        .argument('<text>', 'words to find'),
    ),
  ).action(searchCommand);

  addDbOption(
    program.command('stats').description('counts of articles, duplicates, events, mentions, quotes, actors'),
  )
    .option('--json', 'as one JSON object')
    .action(statsCommand);

  addEventFilterOptions(addDbOption(program.command('export').description('export the dataset')))
    .addOption(
      new Option('--format <format>', 'jsonl, csv, gdelt (GDELT 2.0 event table, TSV) or parquet')
        .choices(['jsonl', 'csv', 'gdelt', 'parquet'])
        .default('jsonl'),
    )
    .addOption(
      new Option('--table <table>', 'what to export').choices(['events', 'mentions']).default('events'),
    )
    .option('--out <file>', 'output file (default: stdout; required for parquet)')
    .action(exportCommand);
}
