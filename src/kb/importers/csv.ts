// CSV actor lists: a header row naming the columns name, aliases (";"-separated), country, sector, role,
// title, start, end, gender and source; one office per row, rows of the same name merged.
import { Person } from '../schema.js';
import type { Importer, ImportResult } from './types.js';

const REQUIRED = ['name', 'country', 'sector', 'start'];

export const csvImporter: Importer = {
  format: 'csv',
  parse(text, source) {
    const result: ImportResult = { people: [], problems: [] };
    const rows = text.split(/\r?\n/).filter((l) => l.trim());
    const header = splitCsv(rows[0] ?? '').map((h) => h.trim().toLowerCase());
    const missing = REQUIRED.filter((c) => !header.includes(c));
    if (missing.length) {
      result.problems.push({
        line: 1,
        message: `expected columns ${REQUIRED.join(', ')}; missing ${missing.join(', ')}`,
      });
      return result;
    }
    const byName = new Map<string, Person>();
    rows.slice(1).forEach((row, k) => {
      const cells = splitCsv(row);
      const get = (c: string) => (cells[header.indexOf(c)] ?? '').trim();
      const candidate = {
        id: `imp-${get('name')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')}`,
        name: get('name'),
        aliases: get('aliases')
          ? get('aliases')
              .split(';')
              .map((a) => a.trim())
          : [],
        country: get('country').toUpperCase(),
        ...(get('gender') ? { gender: get('gender') } : {}),
        offices: [
          {
            role: get('role') || 'other',
            title: get('title') || get('role') || get('sector'),
            sector: get('sector').toUpperCase(),
            start: get('start'),
            ...(get('end') ? { end: get('end') } : {}),
          },
        ],
        source: get('source') || `imported from ${source} (CSV)`,
      };
      const parsed = Person.safeParse(candidate);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        result.problems.push({ line: k + 2, message: `${issue.path.join('.')}: ${issue.message}` });
        return;
      }
      const known = byName.get(parsed.data.name);
      if (known) known.offices.push(...parsed.data.offices);
      else {
        byName.set(parsed.data.name, parsed.data);
        result.people.push(parsed.data);
      }
    });
    return result;
  },
};

/** Splits one CSV line, honouring double-quoted fields with commas and doubled quotes. */
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  out.push(cell);
  return out;
}
