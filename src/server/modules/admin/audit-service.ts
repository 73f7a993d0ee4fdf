/** Browsing and checking the audit trail, and "who accessed this record?". */
import { hasNationalScope, requirePermission } from '../../platform/access/policy';
import { queryAudit, recordAudit, verifyAuditChain, type AuditQuery } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { forbidden } from '../../platform/errors';

/** The organisation whose actors' entries the caller may read (undefined: every entry, for national auditors). */
export function auditReadScope(ctx: Ctx): string | undefined {
  return hasNationalScope(ctx) || ctx.actor.kind !== 'user' ? undefined : ctx.actor.organisationId;
}

/** Audit entries, newest first; organisation administrators see only their own organisation's actors. */
export async function browseAudit(ctx: Ctx, query: AuditQuery) {
  requirePermission(ctx, 'audit.read');
  const rows = await queryAudit(ctx.db, query, auditReadScope(ctx));
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, ctx, {
      action: 'audit.query',
      entityType: query.entityType,
      entityId: query.entityId,
      detail: { action: query.action ?? null, actorUserId: query.actorUserId ?? null },
    }),
  );
  return rows;
}

/** Recomputes the hash chain (national auditors only: it reads every entry). */
export async function verifyAudit(ctx: Ctx) {
  requirePermission(ctx, 'audit.read');
  if (!hasNationalScope(ctx)) {
    throw forbidden('Only national auditors can verify the whole trail');
  }
  const result = await verifyAuditChain(ctx.db);
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, ctx, { action: 'audit.verify', detail: { ok: result.ok, entries: result.entries, problems: result.problems.length } }),
  );
  return result;
}
