/**
 * Headquarters' view of its posts: every BCP with a site credential or a contact, when it last called,
 * what it reported of its queue and watchlist versions, what it sent, how far behind its lists are, and
 * whether it has been silent for longer than the configured limit (stale).
 */
import { and, count, eq, inArray, isNull, gt } from 'drizzle-orm';
import { recordScope, requirePermission } from '../../platform/access/policy';
import { apiKeys, sites } from '../../platform/auth/tables';
import type { Ctx } from '../../platform/context';
import { sourcesForPosts } from '../border/sync-lists';
import { syncConflicts, syncInbox, syncPosts, syncSiteCredentials } from './tables';

/** How long a post may stay silent before headquarters shows it as stale (`SYNC_STALE_AFTER_MINUTES`). */
export interface PostsSettings {
  staleAfterMinutes: number;
}

/** True when a post never called, or last called longer ago than the limit. */
export function isStale(lastContactAt: Date | null, now: Date, staleAfterMinutes: number): boolean {
  return lastContactAt === null || now.getTime() - lastContactAt.getTime() > staleAfterMinutes * 60_000;
}

/** Every post with its last contact, reported queue, watchlist version lag and whether it is stale. */
export async function listPosts(ctx: Ctx, settings: PostsSettings) {
  requirePermission(ctx, 'sync.monitor');
  const now = ctx.now();
  const { staleAfterMinutes } = settings;
  const credentials = await ctx.db
    .select({ siteId: syncSiteCredentials.siteId, n: count() })
    .from(syncSiteCredentials)
    .innerJoin(apiKeys, eq(apiKeys.id, syncSiteCredentials.apiKeyId))
    .where(and(isNull(apiKeys.revokedAt), gt(apiKeys.expiresAt, now)))
    .groupBy(syncSiteCredentials.siteId);
  const contacts = await ctx.db.select().from(syncPosts);
  const siteIds = [...new Set([...credentials.map((c) => c.siteId), ...contacts.map((c) => c.siteId)])];
  if (siteIds.length === 0) {
    return { staleAfterMinutes, posts: [] };
  }
  const siteRows = await ctx.db
    .select({ id: sites.id, code: sites.code, name: sites.name })
    .from(sites)
    .where(and(inArray(sites.id, siteIds), recordScope(ctx, { site: sites.id })))
    .orderBy(sites.name);
  const rejected = await ctx.db.select({ siteId: syncInbox.siteId, n: count() }).from(syncInbox).where(eq(syncInbox.outcome, 'rejected')).groupBy(syncInbox.siteId);
  const conflicts = await ctx.db.select({ siteId: syncConflicts.siteId, n: count() }).from(syncConflicts).where(eq(syncConflicts.status, 'open')).groupBy(syncConflicts.siteId);
  const lists = (await sourcesForPosts(ctx.db)).map((s) => ({ sourceId: String(s.source.id), code: String(s.source.code), hqVersion: Number(s.source.currentVersion) }));
  const byId = <T extends { siteId: string }>(rows: T[]) => new Map(rows.map((r) => [r.siteId, r]));
  const contactOf = byId(contacts);
  const credentialsOf = byId(credentials);
  const rejectedOf = byId(rejected);
  const conflictsOf = byId(conflicts);
  return {
    staleAfterMinutes,
    posts: siteRows.map((site) => {
      const contact = contactOf.get(site.id);
      const watchlists = lists.map((list) => {
        // A post that reported its versions and lacks a list holds its version 0.
        const postVersion = contact?.versions ? (contact.versions[list.sourceId] ?? 0) : null;
        return { ...list, postVersion, lag: postVersion === null ? null : Math.max(0, list.hqVersion - postVersion) };
      });
      const lags = watchlists.map((w) => w.lag).filter((lag): lag is number => lag !== null);
      return {
        siteId: site.id,
        code: site.code,
        name: site.name,
        lastContactAt: contact?.lastContactAt?.toISOString() ?? null,
        stale: isStale(contact?.lastContactAt ?? null, now, staleAfterMinutes),
        queueLength: contact?.queueLength ?? null,
        oldestUnsentAt: contact?.oldestUnsentAt?.toISOString() ?? null,
        changesApplied: contact?.changesApplied ?? 0,
        lastChangeAt: contact?.lastChangeAt?.toISOString() ?? null,
        rejected: rejectedOf.get(site.id)?.n ?? 0,
        openConflicts: conflictsOf.get(site.id)?.n ?? 0,
        watchlists,
        maxVersionLag: contact?.versions ? Math.max(0, ...lags) : null,
        credentials: credentialsOf.get(site.id)?.n ?? 0,
      };
    }),
  };
}
