/**
 * Counting what each API key does: every response to a request made with a live key adds one call to the
 * key's row of the day (refused for lack of scope: also one denial; over the rate limit: one limited call).
 * One atomic upsert per call, so any number of server processes count into the same rows.
 */
import { and, gte, inArray, lte, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db, Executor } from '../db/client';
import { rateLimitedKeyOf } from './api-key-limits';
import { apiKeyUsage } from './usage-tables';

export type CallOutcome = 'served' | 'denied' | 'rate-limited';

/** The UTC day of an instant (usage is counted per UTC day). */
export function usageDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Adds one call of a key to its row of the day. */
export async function countApiKeyCall(db: Executor, apiKeyId: string, at: Date, outcome: CallOutcome): Promise<void> {
  const denied = outcome === 'denied' ? 1 : 0;
  const rateLimited = outcome === 'rate-limited' ? 1 : 0;
  await db
    .insert(apiKeyUsage)
    .values({ apiKeyId, day: usageDay(at), calls: 1, denied, rateLimited, lastUsedAt: at })
    .onConflictDoUpdate({
      target: [apiKeyUsage.apiKeyId, apiKeyUsage.day],
      set: {
        calls: sql`${apiKeyUsage.calls} + 1`,
        denied: sql`${apiKeyUsage.denied} + ${denied}`,
        rateLimited: sql`${apiKeyUsage.rateLimited} + ${rateLimited}`,
        lastUsedAt: sql`greatest(${apiKeyUsage.lastUsedAt}, excluded.last_used_at)`,
      },
    });
}

function outcomeOf(status: number): CallOutcome {
  if (status === 429) {
    return 'rate-limited';
  }
  return status === 403 ? 'denied' : 'served';
}

/** Counts every response given to an API key (before it is sent, so a reader right after sees it). */
export function installApiKeyUsage(app: FastifyInstance, db: Db): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const actor = request.ctx?.actor;
    // A request over its limit is refused before authentication; the limiter noted whose key it carried.
    const apiKeyId = actor?.kind === 'apiKey' ? actor.apiKeyId : reply.statusCode === 429 ? rateLimitedKeyOf(request) : undefined;
    if (apiKeyId) {
      await countApiKeyCall(db, apiKeyId, new Date(), outcomeOf(reply.statusCode)).catch((error: unknown) =>
        request.log.error({ err: error }, 'counting an API key call failed'),
      );
    }
    return payload;
  });
}

export interface UsageRow {
  apiKeyId: string;
  day: string;
  calls: number;
  denied: number;
  rateLimited: number;
  lastUsedAt: Date;
}

/** The usage rows of these keys from `from` to `to` (UTC days, inclusive), oldest first. */
export async function usageOfKeys(db: Executor, apiKeyIds: readonly string[], from: string, to: string): Promise<UsageRow[]> {
  if (apiKeyIds.length === 0) {
    return [];
  }
  return db
    .select()
    .from(apiKeyUsage)
    .where(and(inArray(apiKeyUsage.apiKeyId, [...apiKeyIds]), gte(apiKeyUsage.day, from), lte(apiKeyUsage.day, to)))
    .orderBy(apiKeyUsage.day);
}

/** The last call of each of these keys, whenever it was. */
export async function lastCallOfKeys(db: Executor, apiKeyIds: readonly string[]): Promise<Map<string, Date>> {
  if (apiKeyIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ apiKeyId: apiKeyUsage.apiKeyId, lastUsedAt: sql<Date | string>`max(${apiKeyUsage.lastUsedAt})` })
    .from(apiKeyUsage)
    .where(inArray(apiKeyUsage.apiKeyId, [...apiKeyIds]))
    .groupBy(apiKeyUsage.apiKeyId);
  return new Map(rows.map((row) => [row.apiKeyId, new Date(row.lastUsedAt)]));
}
