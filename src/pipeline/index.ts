// The library API: a pipeline built per instance from options; code() one document, codeMany() a stream.
import { type CodedDoc, DyadError, type ErrorLine, InputDoc } from '../core/index.js';
import { buildTextLayer } from '../text/layer.js';
import { STAGE_ORDER, type StageName } from './configuration.js';
import type { DocContext, Stage } from './context.js';
import { defaultStages } from './stages.js';

export interface PipelineOptions {
  /** Stages to run, in STAGE_ORDER; default all. */
  stages?: readonly StageName[];
  /** Documents longer than this (UTF-16 code units) are refused with `too_large`. */
  maxChars?: number;
  /** Called with trace lines when set (library code never writes to the console). */
  debug?: (line: string) => void;
}

const defaults = { maxChars: 2_000_000 } satisfies Partial<PipelineOptions>;

export interface Pipeline {
  readonly options: Readonly<PipelineOptions>;
  code(input: InputDoc | string): CodedDoc;
  /** Codes a stream; yields one coded document or error line per input, in order. */
  codeMany(inputs: AsyncIterable<unknown> | Iterable<unknown>): AsyncGenerator<CodedDoc | ErrorLine>;
  /** A new pipeline with these options merged over this one's. */
  with(options: PipelineOptions): Pipeline;
}

export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const merged = { ...defaults, ...options };
  const wanted = new Set<StageName>(merged.stages ?? STAGE_ORDER);
  const factories = defaultStages();
  // built now, so a broken knowledge base or lexicon fails here, once, not on every document
  const stages: Stage[] = STAGE_ORDER.filter((name) => wanted.has(name) && factories[name]).map((name) =>
    factories[name]!(),
  );

  const code = (raw: InputDoc | string): CodedDoc => {
    const input = validateInput(typeof raw === 'string' ? { id: 'doc', text: raw } : raw, merged.maxChars);
    const ctx = newContext(input);
    for (const stage of stages) {
      stage.run(ctx);
      merged.debug?.(`${input.id}: ${stage.name} done`);
    }
    return finish(ctx);
  };

  async function* codeMany(inputs: AsyncIterable<unknown> | Iterable<unknown>) {
    let n = 0;
    for await (const item of inputs) {
      n++;
      yield codeOrError(item, n);
    }
  }

  const codeOrError = (item: unknown, n: number): CodedDoc | ErrorLine => {
    const id = idOf(item);
    try {
      if (item instanceof DyadError) throw item;
      return code(item as InputDoc);
    } catch (error) {
      if (error instanceof DyadError) return { id, error: { code: error.code, message: error.message } };
      const message = error instanceof Error ? error.message : String(error);
      return {
        id,
        error: { code: 'internal', message: `[dyad:pipeline] document ${id ?? `#${n}`}: ${message}` },
      };
    }
  };

  return { options: merged, code, codeMany, with: (more) => createPipeline({ ...merged, ...more }) };
}

function idOf(item: unknown): string | null {
  if (item instanceof DyadError) return (item as DyadError & { id?: string }).id ?? null;
  if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string') return item.id;
  return null;
}

/** Checks one input at the boundary: a clear error naming what was wrong, never a half-coded document. */
export function validateInput(raw: unknown, maxChars = defaults.maxChars): InputDoc {
  const parsed = InputDoc.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'document';
    const code = field === 'text' ? 'no_text' : 'bad_input';
    throw new DyadError('input', code, `field "${field}": ${issue.message}`);
  }
  const input = parsed.data;
  if (input.text.trim() === '')
    throw new DyadError('input', 'no_text', `document ${input.id}: the text is empty`);
  if (input.text.length > maxChars) {
    throw new DyadError(
      'input',
      'too_large',
      `document ${input.id}: ${input.text.length} characters, more than the limit of ${maxChars}`,
    );
  }
  if (input.text.includes('\u0000')) {
    throw new DyadError(
      'input',
      'binary',
      `document ${input.id}: the text contains NUL bytes (binary data?)`,
    );
  }
  return input;
}

function newContext(input: InputDoc): DocContext {
  return {
    input,
    text: input.text,
    layer: buildTextLayer(input.text),
    published: input.published,
    entities: [],
    actors: [],
    events: [],
    quotes: [],
    times: [],
    places: [],
    amounts: [],
    issues: [],
    notes: new Map(),
  };
}

function finish(ctx: DocContext): CodedDoc {
  const { input } = ctx;
  const doc: CodedDoc = {
    id: input.id,
    text: input.text,
    ...(input.published ? { published: input.published } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(input.source ? { source: input.source } : {}),
    ...(input.title ? { title: input.title } : {}),
    sentences: ctx.layer.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: ctx.entities,
    actors: ctx.actors,
    events: ctx.events,
    quotes: ctx.quotes,
    times: ctx.times,
    places: ctx.places,
    amounts: ctx.amounts,
  };
  if (ctx.issues.length > 0) doc.issues = ctx.issues;
  return doc;
}
