// The dyad command line end to end (needs the build in dist/, which `npm install` makes).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodedDoc } from '../src/core/index.js';

const BIN = new URL('../bin/dyad.js', import.meta.url).pathname;
const dyad = (args: string[], input?: string) =>
  spawnSync('node', [BIN, ...args], { input, encoding: 'utf8', timeout: 60_000 });
const tmp = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
const ARTICLE =
  'ISLAMABAD: Prime Minister Shehbaz Sharif on Tuesday met Chinese President Xi Jinping.\n\n“Our friendship is strong,” Sharif said.';

describe('dyad code', () => {
  it('codes a file into a schema-valid document whose spans slice back to the text', () => {
    const file = join(tmp, 'a.txt');
    writeFileSync(file, ARTICLE);
    const run = dyad(['code', file, '--published', '2024-06-05']);
    expect(run.status, run.stderr).toBe(0);
    const doc = CodedDoc.parse(JSON.parse(run.stdout));
    expect(doc.sentences).toHaveLength(2);
    for (const e of [...doc.entities, ...doc.times, ...doc.places, ...doc.amounts])
      expect(doc.text.slice(e.start, e.end)).toBe(e.text);
    for (const e of doc.events) expect(doc.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
  });

  it('prints a readable summary with --format pretty', () => {
    const run = dyad(['code', '-', '--published', '2024-06-05', '--format', 'pretty'], ARTICLE);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /Actors \(\d+\)[\s\S]*PAKGOV +Shehbaz Sharif[\s\S]*Events[\s\S]*trigger “met”/,
    );
  });

  it('answers JSON Lines with one line per input, same ids and order, and an error line for a broken one', () => {
    const lines = [
      JSON.stringify({ id: 'one', text: 'Japan praised India.', published: '2024-01-01' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'three', text: '' }),
      JSON.stringify({ id: 'four', text: 'Kenya met Uganda.' }),
    ].join('\n');
    const run = dyad(['code', '--input', 'jsonl'], lines);
    expect(run.status).toBe(0);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['one', null, 'three', 'four']);
    expect(out[1].error.code).toBe('bad_json');
    expect(out[1].error.message).toMatch(/line 2/);
    expect(out[2].error.code).toBe('no_text');
    expect(out[3].events.length).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/coded 2 of 4/);
  });

  it.each([
    ['a missing file', ['code', join(tmp, 'nope.txt')], /no such file/],
    ['a directory', ['code', tmp], /is a directory/],
  ])('refuses %s with a message naming it', (_case, args, message) => {
    const run = dyad(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain(args[1]);
  });

  it('refuses a binary file', () => {
    const file = join(tmp, 'b.bin');
    writeFileSync(file, Buffer.from([0, 1, 2, 3, 0, 255, 0]));
    const run = dyad(['code', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/binary/);
  });

  it('decodes a Windows-1252 file', () => {
    const file = join(tmp, 'latin.txt');
    writeFileSync(
      file,
      Buffer.from('Caf\xe9 owners in Paris protested against the Fran\xe7ais tax.', 'latin1'),
    );
    const run = dyad(['code', file]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).text).toContain('Café');
  });

  it('extracts the article from an HTML page with its date', () => {
    const file = join(tmp, 'page.html');
    const body = '<p>Japan and India signed a trade agreement in Tokyo on Monday, officials said.</p>'.repeat(
      3,
    );
    writeFileSync(
      file,
      `<html><head><title>Deal</title><meta property="article:published_time" content="2024-02-05T10:00:00Z"></head><body><nav>Menu</nav><article>${body}</article></body></html>`,
    );
    const run = dyad(['code', '--input', 'html', file]);
    expect(run.status, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.published).toBe('2024-02-05');
    expect(doc.text).not.toContain('Menu');
  });

  it('rejects a malformed --published date', () => {
    const run = dyad(['code', '-', '--published', '18/10/2023'], 'Text.');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--published/);
  });
});

describe('dyad schema, --help, --version', () => {
  it('prints the JSON Schema', () => {
    const schema = JSON.parse(dyad(['schema']).stdout);
    expect(schema.properties.events).toBeDefined();
  });
  it('prints help with examples and a version', () => {
    expect(dyad(['--help']).stdout).toMatch(/Examples:/);
    expect(dyad(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('dyad kb', () => {
  it('looks a name up with the offices held on a date', () => {
    const run = dyad(['kb', 'lookup', 'Putin', '--date', '2010-01-01']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\* person +Vladimir Putin \[RUS\][\s\S]*Prime Minister \(GOV\)/);
  });

  it('imports a PETRARCH-style dictionary into knowledge-base YAML and reports bad lines', () => {
    const file = join(tmp, 'actors.txt');
    writeFileSync(file, 'AMINA_OKAFOR_ [NGAGOV 150529-230529]\n+A._OKAFOR\nnot a valid line !!!\n');
    const run = dyad(['kb', 'import', '--format', 'petrarch', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/name: Amina Okafor[\s\S]*sector: GOV/);
    expect(run.stderr).toMatch(/actors\.txt:3:/);
  });
});
