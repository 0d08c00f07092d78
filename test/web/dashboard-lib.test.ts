// The dashboard's pure helpers: highlight runs, hash routes, colours and the network layout.
import { describe, expect, it } from 'vitest';
import { goldsteinColor, quadColor } from '../../web/src/lib/colors.js';
import { forceLayout } from '../../web/src/lib/layout.js';
import { segments } from '../../web/src/lib/segments.js';
import { href, parseRoute, type Route } from '../../web/src/router.js';

describe('segments', () => {
  const text = 'Putin met Xi in Beijing.';
  it('cuts at every boundary and keeps every covering mark', () => {
    const runs = segments(text, [
      { start: 0, end: 5, layer: 'entity', label: 'Putin' },
      { start: 6, end: 9, layer: 'event', label: 'CONSULT' },
      { start: 0, end: 12, layer: 'quote', label: 'quote' },
      { start: 16, end: 23, layer: 'place', label: 'Beijing' },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.map((r) => [r.text, r.marks.map((m) => m.layer).join('+')])).toEqual([
      ['Putin', 'entity+quote'],
      [' ', 'quote'],
      ['met', 'event+quote'],
      [' Xi', 'quote'],
      [' in ', ''],
      ['Beijing', 'place'],
      ['.', ''],
    ]);
  });
  it.each([
    ['no marks', []],
    ['an empty span', [{ start: 3, end: 3, layer: 'time', label: '' }]],
    ['a span past the end', [{ start: 20, end: 99, layer: 'time', label: '' }]],
  ])('leaves the text whole with %s', (_name, marks) => {
    expect(segments(text, marks)).toEqual([{ start: 0, end: text.length, text, marks: [] }]);
  });
});

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { view: 'dyad' }],
    ['#/dyad/PAK/KAZ', { view: 'dyad', a: 'PAK', b: 'KAZ' }],
    ['#/dyad/PAK/KAZ?by=week', { view: 'dyad', a: 'PAK', b: 'KAZ', by: 'week' }],
    ['#/event/ev%2F1', { view: 'event', id: 'ev/1' }],
    ['#/network', { view: 'network', level: 'country' }],
    ['#/network?level=actor&focus=PAK', { view: 'network', level: 'actor', focus: 'PAK' }],
    ['#/map', { view: 'map' }],
    ['#/articles/01-sco', { view: 'articles', id: '01-sco' }],
    ['#/code', { view: 'code' }],
  ])('%s ⇄ %o', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    if (hash) expect(parseRoute(href(route))).toEqual(route);
  });
});

describe('colours', () => {
  it('runs from conflict red through grey to cooperation blue', () => {
    expect(goldsteinColor(-10)).toBe('rgb(184,49,47)');
    expect(goldsteinColor(0)).toBe('rgb(150,150,150)');
    expect(goldsteinColor(10)).toBe('rgb(31,95,168)');
    expect(goldsteinColor(99)).toBe(goldsteinColor(10));
    expect(quadColor(4)).not.toBe(quadColor(1));
  });
});

describe('forceLayout', () => {
  const ids = ['A', 'B', 'C', 'D'];
  const links = [
    { a: 'A', b: 'B', weight: 5 },
    { a: 'B', b: 'C', weight: 1 },
  ];
  it('is deterministic and stays inside the box', () => {
    const one = forceLayout(ids, links, 400, 300);
    const two = forceLayout(ids, links, 400, 300);
    expect([...one.values()]).toEqual([...two.values()]);
    for (const p of one.values()) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(400);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(300);
    }
  });
  it('puts linked nodes closer than unlinked ones', () => {
    const p = forceLayout(ids, links, 400, 300);
    const d = (a: string, b: string) => Math.hypot(p.get(a)!.x - p.get(b)!.x, p.get(a)!.y - p.get(b)!.y);
    expect(d('A', 'B')).toBeLessThan(d('A', 'D'));
  });
});
