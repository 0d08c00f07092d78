// Checks a request part against its schema at the boundary; a failure is a DyadError whose cause lists every
// invalid field, which the problem response turns into `errors: [{field, message}]`.
import type { Context } from 'hono';
import { ZodError, type z } from 'zod';
import { DyadError } from '../core/index.js';

export type Part = 'query' | 'body' | 'path';

export function parseWith<T extends z.ZodType>(schema: T, value: unknown, part: Part): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0]!;
  const field = first.path.join('.') || part;
  const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : '';
  throw new DyadError('api', 'bad_request', `${part} field "${field}": ${first.message}${more}`, {
    cause: parsed.error,
  });
}

export function parseQuery<T extends z.ZodType>(c: Context, schema: T): z.output<T> {
  return parseWith(schema, c.req.query(), 'query');
}

/** The request body as JSON, with a clear error for a missing or malformed body. */
export async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') throw fieldError('body', 'expected a JSON body, found nothing', 'bad_json');
  try {
    return JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new DyadError('api', 'bad_json', `body: expected JSON, found a parse error: ${reason}`, { cause });
  }
}

export function fieldError(field: string, message: string, code: 'bad_request' | 'bad_json' = 'bad_request') {
  const issue: z.core.$ZodIssue = { code: 'custom', path: [field], message, input: undefined };
  return new DyadError('api', code, `${field}: ${message}`, { cause: new ZodError([issue]) });
}

/** The request's media type without parameters, lower case ("application/json"). */
export function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

export function unsupportedMedia(found: string, expected: string[]): DyadError {
  return new DyadError(
    'api',
    'bad_request',
    `expected a body of type ${expected.join(' or ')}, found ${found || 'no content-type'}`,
    { status: 415 },
  );
}
