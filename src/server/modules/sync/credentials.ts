/**
 * Site credentials: a platform API key with the `sync:site` scope, bound here to one BCP. Headquarters'
 * sync endpoints accept only such a key and serve only its BCP; a key with the scope but no binding is
 * refused. Issuing one is audited; the secret is shown once (only its hash is kept, as for any key).
 */
import { and, eq } from 'drizzle-orm';
import { recordScope, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { sites } from '../../platform/auth/tables';
import { inTransaction, type Ctx } from '../../platform/context';
import { AppError, invalid, notFound } from '../../platform/errors';
import { createApiKey } from '../admin/service';
import { syncSiteCredentials } from './tables';

/** A post's own rate limit: a first copy of a large list is a few hundred page requests in a row. */
const SITE_RATE_PER_MINUTE = 3000;

/** The BCP a site credential speaks for (its id, code and name); 403 for any other caller. */
export async function siteOfCredential(ctx: Ctx): Promise<{ id: string; code: string; name: string }> {
  if (ctx.actor.kind !== 'apiKey' || !ctx.actor.scopes.has('sync:site')) {
    throw new AppError('forbidden', 403, 'Only a site credential may call this endpoint');
  }
  const [row] = await ctx.db
    .select({ id: sites.id, code: sites.code, name: sites.name })
    .from(syncSiteCredentials)
    .innerJoin(sites, eq(sites.id, syncSiteCredentials.siteId))
    .where(eq(syncSiteCredentials.apiKeyId, ctx.actor.apiKeyId));
  if (!row) {
    throw new AppError('forbidden', 403, 'This key is not bound to a border crossing point; issue a site credential for the post');
  }
  return row;
}

/** Issues a credential for the BCP `siteId`: an API key of the site's organisation with the `sync:site` scope. */
export async function issueSiteCredential(ctx: Ctx, siteId: string, expiresInDays: number) {
  requirePermission(ctx, 'sync.manage');
  const [site] = await ctx.db.select().from(sites).where(and(eq(sites.id, siteId), recordScope(ctx, { site: sites.id })));
  if (!site) {
    throw notFound('Site');
  }
  if (site.type !== 'bcp') {
    throw invalid(`${site.name} is not a border crossing point`, [{ field: 'siteId', message: `A ${site.type}, not a BCP` }]);
  }
  return inTransaction(ctx, async (tx, txCtx) => {
    // The key itself is made by the administration service on the system's behalf: holding sync.manage
    // is what allows issuing it, not the right to manage every partner key.
    const system: Ctx = { ...txCtx, actor: { kind: 'system', label: 'sync-credentials' } };
    const key = await createApiKey(system, { organisationId: site.organisationId, name: `Sync: ${site.name}`, scopes: ['sync:site'], expiresInDays, rateLimitPerMinute: SITE_RATE_PER_MINUTE });
    await tx.insert(syncSiteCredentials).values({ apiKeyId: key.id, siteId });
    await recordAudit(tx, txCtx, { action: 'sync.credential.issue', entityType: 'site', entityId: siteId, detail: { apiKeyId: key.id, expiresInDays } });
    return { siteId, siteCode: site.code, apiKeyId: key.id, prefix: key.prefix, expiresAt: key.expiresAt.toISOString(), credential: key.key };
  });
}
