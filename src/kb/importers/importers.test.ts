// One conformance suite for every dictionary importer: valid entries out, problems by line, nothing lost.
import { describe, expect, it } from 'vitest';
import { Person } from '../schema.js';
import { IMPORTERS } from './index.js';

/** Small dictionaries written for the project, one per format, describing the same two people. */
const FIXTURES: Record<string, { good: string; bad: string }> = {
  petrarch: {
    good: [
      '# test dictionary written for dyad',
      'AMINA_OKAFOR_ [NGAGOV 150529-230529] [NGAELI >230530]',
      '+A._OKAFOR',
      'TOMAS_VELEZ_ [COLOPP]',
    ].join('\n'),
    bad: ['+ORPHAN_ALIAS', 'NO_CODE_HERE_', '!!! not a line'].join('\n'),
  },
  csv: {
    good: [
      'name,aliases,country,sector,role,title,start,end,gender,source',
      'Amina Okafor,A. Okafor,NGA,GOV,foreign_minister,Foreign Minister,2015-05-29,2023-05-29,f,test',
      'Amina Okafor,,NGA,ELI,other,Former minister,2023-05-30,,f,test',
      'Tomas Velez,,COL,OPP,opposition_leader,Opposition leader,2019,,m,test',
    ].join('\n'),
    bad: ['name,country', 'x,y'].join('\n'),
  },
};

describe.each(Object.entries(IMPORTERS))('importer %s', (format, importer) => {
  const fixture = FIXTURES[format]!;

  it('turns a dictionary into valid knowledge-base people, merging offices of the same person', () => {
    const { people, problems } = importer.parse(fixture.good, 'fixture');
    expect(problems).toEqual([]);
    expect(people.map((p) => p.name)).toEqual(['Amina Okafor', 'Tomas Velez']);
    for (const p of people) expect(Person.safeParse(p).success).toBe(true);
    const amina = people[0]!;
    expect(amina.country).toBe('NGA');
    expect(amina.offices.map((o) => o.sector)).toEqual(['GOV', 'ELI']);
    expect(amina.aliases).toContain('A. Okafor');
    expect(amina.offices[0]!.start).toBe('2015-05-29');
  });

  it('reports what it could not read, by line, and keeps the rest', () => {
    const { problems } = importer.parse(fixture.bad, 'fixture');
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.line).toBeGreaterThan(0);
  });
});
