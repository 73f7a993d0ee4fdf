/**
 * Each API key's own rate limit. The global limiter (counting in the database, so across processes) asks
 * `max` for the limit of each request: a request carrying a key gets that key's limit, or the configured
 * default for keys. Limits are cached per process for half a minute, so a changed limit reaches the other
 * processes within that time (and this one at once).
 */
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { apiKeys } from '../auth/tables';
import type { Db } from '../db/client';

const CACHE_MS = 30_000;

interface KnownKey {
  apiKeyId: string;
  limit: number | null;
  until: number;
}

// Per process; keyed by the key's prefix, which is unique across databases in practice (random).
const known = new Map<string, KnownKey>();
const keyOfRequest = new WeakMap<FastifyRequest, string>();

/** The prefix of the API key a request presents (`Bearer cr_<prefix>_<secret>`), if it looks like one. */
export function presentedKeyPrefix(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header ? /^Bearer cr_([A-Za-z0-9]{8})_/.exec(header)?.[1] : undefined;
}

/** Forgets the cached limit of a key (after an administrator changed it). */
export function forgetApiKeyLimit(prefix: string): void {
  known.delete(prefix);
}

/** The key a rate-limited request carried, for counting it in the key's usage. */
export function rateLimitedKeyOf(request: FastifyRequest): string | undefined {
  return keyOfRequest.get(request);
}

/** The limiter's `max`: requests per minute for this request, by its API key or the general default. */
export function rateLimitMax(db: Db, defaults: { perMinute: number; apiKeyPerMinute: number }) {
  return async (request: FastifyRequest): Promise<number> => {
    const prefix = presentedKeyPrefix(request);
    if (!prefix) {
      return defaults.perMinute;
    }
    let key = known.get(prefix);
    if (!key || key.until < Date.now()) {
      const [row] = await db.select({ id: apiKeys.id, limit: apiKeys.rateLimitPerMinute }).from(apiKeys).where(eq(apiKeys.prefix, prefix));
      if (!row) {
        // Not a key (authentication refuses it): nothing to remember.
        return defaults.apiKeyPerMinute;
      }
      key = { apiKeyId: row.id, limit: row.limit, until: Date.now() + CACHE_MS };
      known.set(prefix, key);
    }
    keyOfRequest.set(request, key.apiKeyId);
    return key.limit ?? defaults.apiKeyPerMinute;
  };
}

/** The message of a 429: for a key, its limit; otherwise the general one. */
export function rateLimitMessage(request: FastifyRequest, context: { max: number; ttl: number }): string {
  const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
  return presentedKeyPrefix(request)
    ? `This API key may make ${context.max} requests per minute; try again in ${seconds} s (see Retry-After)`
    : `Too many requests; try again in ${seconds} s`;
}
