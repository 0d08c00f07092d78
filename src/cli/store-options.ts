// Options every store command shares: --db FILE|URL (else DYAD_DATABASE_URL, else ./dyad.db), the event
// filters, and the output format; parsed and checked at the boundary with clear errors.
import { type Command, Option } from 'commander';
import { DyadError } from '../core/index.js';
import { EventFilter, openStore, type Store } from '../store/index.js';
import type { RowFormat } from './rows-output.js';

export interface DbOptions {
  db?: string;
}

export function addDbOption(command: Command): Command {
  return command.option(
    '--db <file|url>',
    'SQLite file or postgres:// URL (default: $DYAD_DATABASE_URL or ./dyad.db)',
  );
}

export function addFormatOptions(
  command: Command,
  formats: RowFormat[] = ['table', 'csv', 'jsonl'],
): Command {
  return command
    .addOption(new Option('--format <format>', 'output format').choices(formats).default(formats[0]))
    .option('--limit <n>', 'at most this many rows (0: all)', '50');
}

export function addEventFilterOptions(command: Command): Command {
  return command
    .option('--actor <code|name>', 'either side: code prefix (RUS, RUSGOV, IGOUNO) or part of a name')
    .option('--source <code|name>', 'the source actor')
    .option('--target <code|name>', 'the target actor')
    .option('--country <iso>', 'an actor of this country (ISO alpha-3 or alpha-2), or the place is in it')
    .option('--type <plover>', 'PLOVER type, e.g. CONSULT, ASSAULT (STATEMENT for CAMEO 01)')
    .option('--cameo <code>', 'CAMEO code or prefix, e.g. 04 or 042')
    .option(
      '--quad <n,…>',
      'quad classes: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict',
    )
    .option('--from <date>', 'on or after YYYY[-MM[-DD]]')
    .option('--to <date>', 'on or before YYYY[-MM[-DD]] (a month or year includes all of it)')
    .option('--place <name|ISO2>', 'part of the place name, or its country (ISO alpha-2)')
    .option('--text <words>', 'an evidence sentence contains these words');
}

export interface FilterOptions {
  actor?: string;
  source?: string;
  target?: string;
  country?: string;
  type?: string;
  cameo?: string;
  quad?: string;
  from?: string;
  to?: string;
  place?: string;
  text?: string;
}

export function parseEventFilter(options: FilterOptions): EventFilter {
  const raw = {
    ...pick(options, [
      'actor',
      'source',
      'target',
      'country',
      'type',
      'cameo',
      'from',
      'to',
      'place',
      'text',
    ]),
    ...(options.quad ? { quad: options.quad.split(',').map((q) => Number(q.trim())) } : {}),
  };
  const parsed = EventFilter.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? 'filter');
    throw new DyadError(
      'cli',
      'bad_input',
      `--${field}: ${issue.message}, found "${String((options as Record<string, unknown>)[field])}"`,
    );
  }
  return parsed.data;
}

export function parseLimit(value: string | undefined, fallback = 50): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new DyadError('cli', 'bad_input', `--limit: expected a whole number ≥ 0, found "${value}"`);
  return n;
}

/** Opens the store, runs the command, and closes the store whatever happens. */
export async function withStore<T>(
  options: DbOptions,
  run: (store: Store) => Promise<T>,
  openOptions: { create?: boolean } = { create: false },
): Promise<T> {
  const store = await openStore(options.db, openOptions);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

function pick<T extends object, K extends keyof T>(object: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (object[key] !== undefined) out[key] = object[key];
  return out;
}
