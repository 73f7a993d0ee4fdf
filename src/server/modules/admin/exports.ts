/**
 * Administration's lists as exports: the users the caller administers (the list's function, bounded) and
 * the audit trail of a filter (keyset-paged by sequence number, up to the newest entry when the export
 * starts, so the export's own entry and later ones are not in it).
 */
import { requirePermission } from '../../platform/access/policy';
import { countAudit, queryAudit, type AuditQuery } from '../../platform/audit/audit';
import type { Ctx } from '../../platform/context';
import { computedExport, type ExportSource } from '../../platform/export/stream';
import { auditReadScope } from './audit-service';
import { administeredUsers, presentUsers } from './service';

/** The users of the list's filter. */
export function usersExport(ctx: Ctx, filter: { q?: string; organisationId?: string }) {
  requirePermission(ctx, 'admin.users.manage');
  return computedExport({
    list: 'admin.users',
    entityType: 'user',
    filter: { q: filter.q ? 'given' : null, organisationId: filter.organisationId ?? null },
    columns: [
      { header: 'username', value: (u) => u.username },
      { header: 'displayName', value: (u) => u.displayName },
      { header: 'email', value: (u) => u.email },
      { header: 'organisationId', value: (u) => u.organisationId },
      { header: 'roles', value: (u) => u.roles.join(' ') },
      { header: 'sites', value: (u) => u.siteIds.length },
      { header: 'clearances', value: (u) => u.clearances.join(' ') },
      { header: 'status', value: (u) => u.status },
      { header: 'locked', value: (u) => (u.locked ? 'yes' : 'no') },
    ],
    load: async () => presentUsers(ctx, await administeredUsers(ctx, filter)),
  });
}

type AuditLine = Awaited<ReturnType<typeof queryAudit>>[number];

/** The audit entries of a filter, newest first. */
export function auditExport(ctx: Ctx, query: Omit<AuditQuery, 'limit' | 'afterSeq'>): ExportSource<AuditLine, number> {
  requirePermission(ctx, 'audit.read');
  const organisationId = auditReadScope(ctx);
  let ceiling: number | undefined;
  return {
    list: 'audit.entries',
    entityType: 'audit-entry',
    filter: { ...query, from: query.from?.toISOString() ?? null, to: query.to?.toISOString() ?? null },
    columns: [
      { header: 'seq', value: (e) => e.seq },
      { header: 'at', value: (e) => e.at },
      { header: 'actor', value: (e) => e.actorLabel },
      { header: 'action', value: (e) => e.action },
      { header: 'entityType', value: (e) => e.entityType },
      { header: 'entityId', value: (e) => e.entityId },
      { header: 'fields', value: (e) => e.fields?.join(' ') },
      { header: 'outcome', value: (e) => e.outcome },
      { header: 'purpose', value: (e) => e.purpose },
      { header: 'ip', value: (e) => e.ip },
      { header: 'detail', value: (e) => (e.detail ? JSON.stringify(e.detail) : null) },
    ],
    async count() {
      const [newest] = await queryAudit(ctx.db, { ...query, limit: 1 }, organisationId);
      ceiling = Math.min(query.beforeSeq ?? Number.MAX_SAFE_INTEGER, (newest?.seq ?? 0) + 1);
      return countAudit(ctx.db, { ...query, beforeSeq: ceiling }, organisationId);
    },
    async batch(after, limit) {
      const rows = await queryAudit(ctx.db, { ...query, beforeSeq: after ?? ceiling, limit }, organisationId);
      return { rows, next: rows.length < limit ? null : rows.at(-1)!.seq };
    },
  };
}
