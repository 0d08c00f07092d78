// PETRARCH/TABARI-style actor dictionaries: "NAME_NAME_ [CODE date-range] …" lines with "+ALIAS" lines below.
import type { Office, Person } from '../schema.js';
import type { Importer, ImportResult } from './types.js';

/** "[RUSGOV 000507-080507]", "[USAGOV >090120]", "[PAKELI <180818]", "[IGOUNO]" */
const CODE = /\[([A-Z]{3,12})(?:\s+([<>])?(\d{6}|\d{8})(?:-(\d{6}|\d{8}))?)?\]/g;

export const petrarchImporter: Importer = {
  format: 'petrarch',
  parse(text, source) {
    const result: ImportResult = { people: [], problems: [] };
    let current: Person | undefined;
    text.split(/\r?\n/).forEach((raw, n) => {
      const line = raw.replace(/#.*$/, '').trim();
      if (!line) return;
      if (line.startsWith('+')) {
        if (!current)
          result.problems.push({ line: n + 1, message: 'an alias (+NAME) before any actor line' });
        else current.aliases.push(nameOf(line.slice(1)));
        return;
      }
      const name = line.split('[')[0]!.trim();
      if (!/^[A-Z0-9][A-Z0-9_'.-]*$/i.test(name)) {
        result.problems.push({
          line: n + 1,
          message: `expected NAME_ [CODE …], found "${raw.slice(0, 60)}"`,
        });
        return;
      }
      const offices: Office[] = [];
      for (const m of line.matchAll(CODE)) {
        const [, code, bound, from, to] = m;
        const start = bound === '<' ? '1900' : from ? isoDate(from) : '1900';
        const end = bound === '<' ? isoDate(from!) : to ? isoDate(to) : undefined;
        offices.push({
          role: 'other',
          title: code!.slice(3) || code!,
          sector: code!.slice(3, 6) || 'GOV',
          start,
          ...(end ? { end } : {}),
        });
      }
      if (offices.length === 0) {
        // an alias line without "+" in older TABARI files continues the previous actor
        if (current) current.aliases.push(nameOf(name));
        else result.problems.push({ line: n + 1, message: `actor "${name}" has no [CODE]` });
        return;
      }
      const country = line.match(CODE)?.[0]?.slice(1, 4) ?? 'UNK';
      current = {
        id: `imp-${name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')}`,
        name: nameOf(name),
        aliases: [],
        country,
        offices,
        source: `imported from ${source} (PETRARCH/TABARI actor dictionary)`,
      };
      result.people.push(current);
    });
    return result;
  },
};

const nameOf = (raw: string) =>
  raw
    .replace(/_+$/, '')
    .split('_')
    .filter(Boolean)
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
    .join(' ');

/** "000507" → "2000-05-07" (two-digit years below 50 are 20xx), "20000507" → "2000-05-07". */
function isoDate(d: string): string {
  if (d.length === 8) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  const yy = Number(d.slice(0, 2));
  return `${yy < 50 ? 2000 + yy : 1900 + yy}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
}
