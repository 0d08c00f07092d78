// One error type for dyad: a stage, a machine-readable code and a message that names what was wrong.

export type ErrorCode =
  | 'bad_input'
  | 'bad_json'
  | 'no_text'
  | 'too_large'
  | 'binary'
  | 'not_found'
  | 'is_directory'
  | 'bad_config'
  | 'bad_data'
  | 'bad_request'
  | 'unauthorized';

export class DyadError extends Error {
  readonly stage: string;
  readonly code: ErrorCode;
  readonly status: number;

  constructor(
    stage: string,
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; status?: number } = {},
  ) {
    super(`[dyad:${stage}] ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DyadError';
    this.stage = stage;
    this.code = code;
    this.status = options.status ?? 400;
  }
}

export function isDyadError(error: unknown): error is DyadError {
  return error instanceof DyadError;
}
