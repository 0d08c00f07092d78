// Errors as RFC 9457 problem details (application/problem+json): the status, a stable code, a message that
// names what was wrong and, for validation, one record per field. Never a stack trace.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { DyadError, type ErrorCode } from '../core/index.js';
import type { Problem } from './schemas.js';

const STATUS_OF: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  not_found: 404,
  too_large: 413,
  unauthorized: 401,
};

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  500: 'Internal server error',
};

export function problem(
  status: ContentfulStatusCode,
  code: string,
  detail: string,
  errors?: Problem['errors'],
) {
  const body: Problem = {
    type: `urn:dyad:problem:${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors?.length ? { errors } : {}),
  };
  return body;
}

export function problemResponse(c: Context, body: Problem, headers: Record<string, string> = {}): Response {
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode, {
    'content-type': 'application/problem+json; charset=utf-8',
    ...headers,
  });
}

/** The problem for any thrown value; unexpected errors are reported to `log` and hidden from the client. */
export function problemOf(error: unknown, log: (line: string) => void): Problem {
  if (error instanceof DyadError) {
    const status = (
      error.status !== 400 ? error.status : (STATUS_OF[error.code] ?? 400)
    ) as ContentfulStatusCode;
    const errors =
      error.cause instanceof z.ZodError
        ? error.cause.issues.map((issue) => ({
            field: issue.path.join('.') || 'body',
            message: issue.message,
          }))
        : undefined;
    return problem(status, error.code, error.message.replace(/^\[dyad:[^\]]+\] /, ''), errors);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return problem(
      status,
      status === 413 ? 'too_large' : 'bad_request',
      error.message || TITLES[status] || 'Error',
    );
  }
  log(
    `dyad serve: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return problem(500, 'internal', 'the server could not answer this request; its log has the details');
}
