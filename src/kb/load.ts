// Reads and validates the knowledge-base YAML files; every problem is reported at once with file and line.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { DyadError } from '../core/index.js';

/** The data/ folder shipped with the package (same relative place from src/ and dist/), or DYAD_DATA_DIR. */
export const DATA_DIR = process.env.DYAD_DATA_DIR ?? fileURLToPath(new URL('../../data/', import.meta.url));

export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** Loads a YAML list file, validating each item; invalid items are collected into `problems`, not returned. */
export function loadList<S extends z.ZodType>(path: string, schema: S, problems: Problem[]): z.infer<S>[] {
  if (!existsSync(path)) return [];
  const cached = readCache<z.infer<S>[]>(path);
  if (cached) return cached;
  const before = problems.length;
  const items = parseList(path, schema, problems);
  if (problems.length === before) writeCache(path, items);
  return items;
}

/** Parsed, validated lists are cached as JSON keyed by the file's path, size and time: YAML parsing of the
 * knowledge base costs a second per process, JSON a few milliseconds. A changed file misses the cache. */
const CACHE_DIR = join(tmpdir(), `dyad-data-cache-${process.getuid?.() ?? 'u'}`);

function cacheFile(path: string): string | undefined {
  try {
    const info = statSync(path);
    const key = createHash('sha1')
      .update(`${CACHE_VERSION}|${path}|${info.size}|${info.mtimeMs}`)
      .digest('hex');
    return join(CACHE_DIR, `${key}.json`);
  } catch {
    return undefined;
  }
}

function readCache<T>(path: string): T | undefined {
  const file = cacheFile(path);
  if (!file || !existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined; // a broken cache file is ignored and rewritten
  }
}

function writeCache(path: string, items: unknown): void {
  const file = cacheFile(path);
  if (!file) return;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(items));
    renameSync(tmp, file);
  } catch {
    // a read-only temporary folder only costs speed
  }
}

/** Bump when the schemas change what a parsed item looks like. */
const CACHE_VERSION = 1;

function parseList<S extends z.ZodType>(path: string, schema: S, problems: Problem[]): z.infer<S>[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  for (const error of doc.errors) {
    problems.push({
      file: path,
      line: lineCounter.linePos(error.pos[0]).line,
      message: error.message.split('\n')[0]!,
    });
  }
  if (doc.errors.length > 0) return [];
  if (!isSeq(doc.contents)) {
    if (doc.contents !== null) problems.push({ file: path, line: 1, message: 'expected a YAML list' });
    return [];
  }
  const out: z.infer<S>[] = [];
  doc.contents.items.forEach((node, i) => {
    const result = schema.safeParse((node as { toJSON(): unknown }).toJSON());
    const line = lineCounter.linePos((node as unknown as { range?: number[] }).range?.[0] ?? 0).line;
    if (result.success) out.push(result.data);
    else {
      for (const issue of result.error.issues) {
        problems.push({
          file: path,
          line,
          message: `item ${i + 1}: ${issue.path.join('.') || 'item'}: ${issue.message}`,
        });
      }
    }
  });
  return out;
}

/** All `.yaml` files in a folder, sorted. */
export function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

export function throwProblems(stage: string, problems: Problem[]): void {
  if (problems.length === 0) return;
  const list = problems.slice(0, 50).map((p) => `  ${p.file}:${p.line}: ${p.message}`);
  const more = problems.length > 50 ? `\n  … and ${problems.length - 50} more` : '';
  throw new DyadError(
    stage,
    'bad_data',
    `${problems.length} problem(s) in the data files:\n${list.join('\n')}${more}`,
  );
}
