/**
 * Changing a partner API key after it was issued: its name, scopes and rate limit. The secret never
 * changes (revoke and issue a new key for that); a new limit applies at once on this server process and
 * within half a minute on the others.
 */
import { and, eq } from 'drizzle-orm';
import { recordScope, requirePermission } from '../../platform/access/policy';
import type { ApiScope } from '../../platform/access/permissions';
import { recordAudit } from '../../platform/audit/audit';
import { apiKeys } from '../../platform/auth/tables';
import { inTransaction, type Ctx } from '../../platform/context';
import { notFound, ruleViolated } from '../../platform/errors';
import { forgetApiKeyLimit } from '../../platform/http/api-key-limits';
import { apiKeyColumns } from './store';

export interface ApiKeyPatch {
  name?: string;
  scopes?: ApiScope[];
  /** Requests per minute; null returns the key to the configured default. */
  rateLimitPerMinute?: number | null;
}

/** Changes a key's name, scopes or rate limit (within the caller's organisations); audited with what changed. */
export async function updateApiKey(ctx: Ctx, id: string, patch: ApiKeyPatch) {
  requirePermission(ctx, 'admin.apikeys.manage');
  const changed = await inTransaction(ctx, async (tx) => {
    const scope = recordScope(ctx, { organisation: apiKeys.organisationId });
    const [before] = await tx.select(apiKeyColumns).from(apiKeys).where(and(eq(apiKeys.id, id), scope)).for('update');
    if (!before) {
      throw notFound('API key');
    }
    if (before.revokedAt) {
      throw ruleViolated('This key is revoked: issue a new key instead of changing it');
    }
    const [row] = await tx.update(apiKeys).set(patch).where(eq(apiKeys.id, id)).returning(apiKeyColumns);
    await recordAudit(tx, ctx, {
      action: 'admin.apikey.update',
      entityType: 'api-key',
      entityId: id,
      fields: Object.keys(patch),
      detail: {
        ...(patch.scopes ? { scopesBefore: before.scopes, scopes: patch.scopes } : {}),
        ...(patch.rateLimitPerMinute !== undefined ? { rateLimitBefore: before.rateLimitPerMinute, rateLimitPerMinute: patch.rateLimitPerMinute } : {}),
      },
    });
    return row!;
  });
  // After the commit, so that no request caches the old limit again in between.
  forgetApiKeyLimit(changed.prefix);
  return changed;
}
