// The knowledge base loads with every problem reported at once, with file and line; lookups honour dates.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkName, officeHolder } from '../actors/kb-link.js';
import { loadKnowledgeBase } from './index.js';

const kb = loadKnowledgeBase();

describe('knowledge base', () => {
  it('has every UN member state, with its ISO codes', () => {
    expect(kb.countries.length).toBeGreaterThanOrEqual(193);
    expect(kb.countryByIso3.get('PAK')?.iso2).toBe('PK');
  });

  it('has office holders for the G20 and Security Council members, South and Central Asia and the Middle East', () => {
    const covered = new Set(kb.people.map((p) => p.country));
    for (const c of [
      'USA',
      'CHN',
      'RUS',
      'GBR',
      'FRA',
      'DEU',
      'JPN',
      'IND',
      'BRA',
      'ZAF',
      'PAK',
      'AFG',
      'KAZ',
      'UZB',
      'IRN',
      'SAU',
      'TUR',
      'ISR',
      'EGY',
    ]) {
      expect(covered, c).toContain(c);
    }
    for (const p of kb.people) expect(p.source, p.id).toBeTruthy();
  });

  it.each<[string, string, string | undefined]>([
    ['Vladimir Putin', '2023-10-18', 'head_of_state'],
    ['Vladimir Putin', '2010-01-01', 'head_of_government'],
    ['Anwaarul Haq Kakar', '2023-10-18', 'head_of_government'],
  ])('links %s on %s to the office held then', (name, date, role) => {
    expect(linkName(kb, name, date, {})?.office?.role).toBe(role);
  });

  it('finds who held an office on a date', () => {
    const role = kb.roleByTerm.get('president')!;
    expect(officeHolder(kb, 'RUS', role, '2023-10-18')?.person.name).toBe('Vladimir Putin');
    expect(officeHolder(kb, 'USA', role, '2015-06-01')?.person.name).toBe('Barack Obama');
  });

  it('reports every broken entry with its file and line, at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-kb-'));
    mkdirSync(join(dir, 'people'));
    writeFileSync(
      join(dir, 'people', 'bad.yaml'),
      [
        '- id: x-one',
        '  name: One',
        '  country: XXX',
        '  source: test',
        '- id: x-two',
        '  name: Two',
        '  offices: []',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'roles.yaml'), '- term: [unclosed\n');
    expect(() => loadKnowledgeBase(dir)).toThrow(
      /bad\.yaml:1: item 1: offices[\s\S]*bad\.yaml:5: item 2: country[\s\S]*roles\.yaml:\d/,
    );
  });
});
