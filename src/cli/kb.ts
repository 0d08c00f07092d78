// `dyad kb lookup NAME [--date D]` and `dyad kb import --format petrarch|csv FILE [--out FILE]`.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { stringify } from 'yaml';
import { linkName } from '../actors/kb-link.js';
import { DyadError } from '../core/index.js';
import { IMPORTERS } from '../kb/importers/index.js';
import { loadKnowledgeBase, normKey, officesOn } from '../kb/index.js';

export function kbLookupCommand(name: string, options: { date?: string; json?: boolean }): void {
  if (options.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(options.date)) {
    throw new DyadError('cli', 'bad_input', `--date: expected YYYY-MM-DD, found "${options.date}"`);
  }
  const kb = loadKnowledgeBase();
  const key = normKey(name);
  const date = options.date;
  const people = [...(kb.peopleByName.get(key) ?? []), ...(kb.peopleBySurname.get(key) ?? [])];
  const linked = linkName(kb, name, date, {});
  const rows = [...new Set(people)].map((p) => ({
    kind: 'person',
    id: p.id,
    name: p.name,
    country: p.country,
    offices: (date ? officesOn(p, date) : p.offices).map(
      (o) => `${o.title} (${o.sector}) ${o.start}–${o.end ?? ''}`,
    ),
    best: linked?.person.id === p.id,
  }));
  const named = <T extends { id: string; name: string; aliases: string[] }>(
    kind: string,
    list: T[],
    code: (x: T) => string,
  ) =>
    list
      .filter((x) => [x.name, ...x.aliases].some((n) => normKey(n) === key))
      .map((x) => ({ kind, id: x.id, name: x.name, code: code(x) }));
  const others = [
    ...kb.countries
      .filter((c) => c.names.some((n) => normKey(n) === key) || c.demonyms.some((d) => normKey(d) === key))
      .map((c) => ({ kind: 'country', id: c.iso3, name: c.name, code: c.iso3 })),
    ...named('igo', kb.igos, (x) => x.code),
    ...named('media', kb.media, (x) => `${x.country ?? ''}MED`),
    ...named('group', kb.groups, (x) => x.code),
  ];
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ people: rows, others }, null, 2)}\n`);
    return;
  }
  if (rows.length === 0 && others.length === 0) {
    process.stdout.write(`no knowledge-base entry named "${name}"\n`);
    return;
  }
  for (const r of rows) {
    process.stdout.write(`${r.best ? '*' : ' '} person  ${r.name} [${r.country}] ${r.id}\n`);
    for (const o of r.offices) process.stdout.write(`            ${o}\n`);
    if (date && r.offices.length === 0) process.stdout.write(`            no office on ${date}\n`);
  }
  for (const o of others) process.stdout.write(`  ${o.kind.padEnd(7)} ${o.name} ${o.code} ${o.id}\n`);
  if (linked) process.stdout.write(`\n* = the person dyad links "${name}" to${date ? ` on ${date}` : ''}\n`);
}

export function kbImportCommand(file: string, options: { format: string; out?: string }): void {
  const importer = IMPORTERS[options.format];
  if (!importer)
    throw new DyadError(
      'cli',
      'bad_input',
      `--format: expected ${Object.keys(IMPORTERS).join(' or ')}, found "${options.format}"`,
    );
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new DyadError('cli', 'not_found', `${file}: cannot read the file`, { cause });
  }
  const { people, problems } = importer.parse(text, basename(file));
  for (const p of problems) process.stderr.write(`dyad: ${file}:${p.line}: ${p.message}\n`);
  const yaml = `# Imported by dyad kb import --format ${options.format} from ${basename(file)}\n${stringify(people)}`;
  if (options.out) writeFileSync(options.out, yaml);
  else process.stdout.write(yaml);
  process.stderr.write(
    `dyad: imported ${people.length} people, ${problems.length} problem(s)${options.out ? ` into ${options.out}` : ''}\n`,
  );
}
