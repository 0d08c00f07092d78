// Bearer-token check for write routes: the token from DYAD_API_TOKEN, compared in constant time. Without a
// configured token the write routes are closed (401), never open.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { DyadError } from '../core/index.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireToken(token: string | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : undefined;
  return async (c, next) => {
    if (!expected) {
      throw new DyadError(
        'api',
        'unauthorized',
        'writing is disabled: the server was started without DYAD_API_TOKEN',
        {
          status: 401,
        },
      );
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    if (!match) {
      throw new DyadError(
        'api',
        'unauthorized',
        'expected an Authorization: Bearer <token> header, found none',
        {
          status: 401,
        },
      );
    }
    if (!timingSafeEqual(digest(match[1]!), expected)) {
      throw new DyadError('api', 'unauthorized', 'the bearer token is not the one this server accepts', {
        status: 401,
      });
    }
    await next();
  };
}
