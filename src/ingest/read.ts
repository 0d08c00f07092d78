// Input readers for `dyad code`: text, HTML and JSON Lines files or stdin, streamed one document at a time.
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { DyadError, type InputDoc } from '../core/index.js';
import { decodeText, looksBinary } from './decode.js';
import { htmlToInput } from './html.js';

export type InputFormat = 'text' | 'jsonl' | 'html';

export interface ReadOptions {
  input: InputFormat;
  /** Publication date given on the command line; a JSON line's own `published` wins. */
  published?: string;
  /** Largest single text file read whole (bytes). */
  maxFileBytes?: number;
}

/** A JSON line that could not be turned into an input: carries its id when one was readable. */
export class BadLine extends DyadError {
  readonly id: string | null;
  constructor(id: string | null, message: string, code: 'bad_json' | 'bad_input' = 'bad_json') {
    super('input', code, message);
    this.id = id;
  }
}

/** Checks that each path is a readable, non-binary file; throws a DyadError naming the first bad one. */
export async function checkPaths(paths: string[]): Promise<void> {
  for (const path of paths) {
    if (path === '-') continue;
    const info = await stat(path).catch((cause) => {
      throw new DyadError('input', 'not_found', `${path}: no such file`, { cause });
    });
    if (info.isDirectory())
      throw new DyadError('input', 'is_directory', `${path}: is a directory, expected a file`);
    const handle = await open(path, 'r');
    try {
      const head = new Uint8Array(8192);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      if (looksBinary(head.subarray(0, bytesRead))) {
        throw new DyadError('input', 'binary', `${path}: binary data, not text`);
      }
    } finally {
      await handle.close();
    }
  }
}

/** Yields inputs, or BadLine errors for JSON lines that cannot be used, in order. */
export async function* readInputs(paths: string[], options: ReadOptions): AsyncGenerator<InputDoc | BadLine> {
  await checkPaths(paths);
  for (const path of paths) {
    if (options.input === 'jsonl') {
      const stream = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
      yield* readJsonLines(stream, options.published);
      continue;
    }
    const bytes = path === '-' ? await readStdin() : await readFile(path);
    const name = path === '-' ? 'stdin' : path;
    const text = decodeText(bytes, name);
    const id = path === '-' ? 'stdin' : basename(path);
    const input: InputDoc = options.input === 'html' ? htmlToInput(text, id) : { id, text };
    if (!input.published && options.published) input.published = options.published;
    yield input;
  }
}

/** Streams JSON Lines in constant memory; blank lines are skipped, bad ones become BadLine items. */
export async function* readJsonLines(
  stream: Readable,
  published?: string,
): AsyncGenerator<InputDoc | BadLine> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    yield parseLine(line, n, published);
  }
}

export function parseLine(line: string, n: number, published?: string): InputDoc | BadLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return new BadLine(null, `line ${n}: not valid JSON (${reason})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return new BadLine(
      null,
      `line ${n}: expected a JSON object, found ${Array.isArray(value) ? 'an array' : typeof value}`,
    );
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : null;
  if (id === null) return new BadLine(null, `line ${n}: field "id" missing or not a string`, 'bad_input');
  if (typeof record.text !== 'string') {
    return new BadLine(id, `line ${n}: field "text" missing or not a string`, 'bad_input');
  }
  const input = { ...record, id } as InputDoc;
  if (input.published === undefined && published) input.published = published;
  return input;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
