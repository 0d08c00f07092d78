// Corpora for the dataset tests, written for the project: the examples with their publication dates, and
// synthetic articles built from sentence templates (deterministic, distinct enough not to be near-duplicates).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;

export interface Doc {
  id: string;
  text: string;
  published: string;
  title?: string;
  source?: string;
}

export function exampleDocs(): Doc[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const expected = parse(readFileSync(join(EXAMPLES, f.replace(/\.txt$/, '.expected.yaml')), 'utf8')) as {
        published: string;
        title: string;
      };
      return {
        id: f,
        text: readFileSync(join(EXAMPLES, f), 'utf8'),
        published: expected.published,
        title: expected.title,
      };
    });
}

const COUNTRIES = [
  'Pakistan',
  'Kazakhstan',
  'Mongolia',
  'Jordan',
  'Japan',
  'Georgia',
  'Armenia',
  'Lithuania',
  'Chile',
  'Kenya',
  'Peru',
  'Norway',
];
const CITIES = [
  'Astana',
  'Amman',
  'Tbilisi',
  'Vilnius',
  'Nairobi',
  'Lima',
  'Oslo',
  'Santiago',
  'Karachi',
  'Yerevan',
];
const GOODS = ['wheat', 'copper', 'fertiliser', 'natural gas', 'medicines', 'steel', 'rice', 'cotton'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** n synthetic articles; the same n always gives the same articles. */
export function syntheticDocs(n: number): Doc[] {
  let seed = 42;
  const rand = (k: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % k;
  };
  const pick = <T>(list: T[]) => list[rand(list.length)]!;
  const docs: Doc[] = [];
  for (let i = 0; i < n; i++) {
    const a = pick(COUNTRIES);
    let b = pick(COUNTRIES);
    if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length]!;
    const city = pick(CITIES);
    const day = `2024-${String(1 + rand(12)).padStart(2, '0')}-${String(1 + rand(28)).padStart(2, '0')}`;
    const sentences = [
      `The foreign ministers of ${a} and ${b} met in ${city} on ${pick(DAYS)} to discuss trade in ${pick(GOODS)}.`,
      `${a} agreed to supply ${1000 + rand(90000)} tonnes of ${pick(GOODS)} to ${b} over ${2 + rand(8)} years.`,
      `${b} accused ${pick(COUNTRIES)} of blocking shipments of ${pick(GOODS)} through ${pick(CITIES)}.`,
      `Police in ${pick(CITIES)} arrested ${3 + rand(40)} protesters who opposed the ${pick(GOODS)} deal, officials said.`,
      `${a} will host the next round of talks in ${pick(CITIES)} in ${2025 + rand(3)}, the ministry said in statement number ${i}.`,
    ];
    const text = `${a} and ${b} sign ${pick(GOODS)} accord (${i})\n\n${sentences.sort(() => rand(3) - 1).join(' ')}`;
    docs.push({
      id: `synthetic-${String(i).padStart(4, '0')}`,
      text,
      published: day,
      source: pick(['Wire A', 'Wire B', 'Daily C']),
    });
  }
  return docs;
}

export function writeJsonl(path: string, docs: Doc[]): void {
  writeFileSync(path, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
}
