/**
 * Conflicts for review at headquarters: a person edited at a post and at headquarters since they last
 * agreed. Headquarters' values were kept when it was found; a reviewer either confirms that (`keep-hq`)
 * or takes the post's values (`take-post`, a new version of the person through the registry, audited).
 */
import { and, desc, eq } from 'drizzle-orm';
import { can, recordScope, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { userDisplayNames } from '../../platform/auth/store';
import { sites, users } from '../../platform/auth/tables';
import { inTransaction, type Ctx } from '../../platform/context';
import { conflict, notFound } from '../../platform/errors';
import { lastChangeOfFields } from '../people/history';
import { personReplica } from '../people/replica';
import { updatePerson, visiblePersonSummaries, type PersonInput } from '../people/service';
import { syncConflicts } from './tables';

type ConflictRow = typeof syncConflicts.$inferSelect;

function conflictScope(ctx: Ctx) {
  return recordScope(ctx, { site: syncConflicts.siteId });
}

async function present(ctx: Ctx, rows: ConflictRow[]) {
  const names = await visiblePersonSummaries(ctx, rows.map((r) => r.personId));
  const siteRows = rows.length === 0 ? [] : await ctx.db.select({ id: sites.id, code: sites.code, name: sites.name }).from(sites);
  const siteOf = new Map(siteRows.map((s) => [s.id, s]));
  // A conflict about a person the reviewer may not see is left out, as the person is from searches.
  return rows
    .filter((row) => names.has(row.personId))
    .map((row) => ({
      id: row.id,
      personId: row.personId,
      registrationNumber: names.get(row.personId)!.registrationNumber,
      site: siteOf.get(row.siteId) ?? null,
      fields: row.fields,
      status: row.status,
      detectedAt: row.detectedAt.toISOString(),
      resolution: row.resolution,
      resolvedAt: row.resolvedAt?.toISOString() ?? null,
      resolvedBy: row.resolvedBy,
    }));
}

/** Conflicts by status (open by default), newest first. */
export async function listConflicts(ctx: Ctx, status: 'open' | 'resolved') {
  requirePermission(ctx, 'sync.monitor');
  const rows = await ctx.db.select().from(syncConflicts).where(and(eq(syncConflicts.status, status), conflictScope(ctx))).orderBy(desc(syncConflicts.detectedAt)).limit(500);
  return { conflicts: await present(ctx, rows) };
}

async function visibleConflict(ctx: Ctx, id: string): Promise<ConflictRow> {
  const [row] = await ctx.db.select().from(syncConflicts).where(and(eq(syncConflicts.id, id), conflictScope(ctx)));
  if (!row || (await visiblePersonSummaries(ctx, [row.personId])).size === 0) {
    throw notFound('Conflict');
  }
  return row;
}

/** A user's display name for a history label that is a username; other labels (`system:…`) as they are. */
async function nameOfLabel(ctx: Ctx, label: string | null): Promise<string | null> {
  if (!label) {
    return null;
  }
  const [user] = await ctx.db.select({ name: users.displayName }).from(users).where(eq(users.username, label));
  return user?.name ?? label;
}

/**
 * Who changed the conflicting fields on each side and when, and who resolved it: the post's change as
 * it reported it, headquarters' from the person's own history up to the moment the conflict was found.
 */
async function provenance(ctx: Ctx, row: ConflictRow) {
  const hq = await lastChangeOfFields(ctx.db, row.personId, row.fields, row.detectedAt);
  const ids = await userDisplayNames(ctx.db, [hq?.userId ?? null, row.resolvedBy]);
  return {
    postChange: { at: row.postChangedAt?.toISOString() ?? null, by: await nameOfLabel(ctx, row.postChangedBy) },
    hqChange: { at: hq?.at.toISOString() ?? null, by: (hq?.userId ? ids.get(hq.userId) : null) ?? (await nameOfLabel(ctx, hq?.label ?? null)) },
    resolvedByName: row.resolvedBy ? (ids.get(row.resolvedBy) ?? null) : null,
  };
}

/**
 * One conflict with both sides' values (and the base the post started from), who changed each side and
 * when, and the person's name; audited as a read of the person.
 */
export async function getConflict(ctx: Ctx, id: string) {
  requirePermission(ctx, 'sync.monitor');
  return inTransaction(ctx, async (tx, txCtx) => {
    const row = await visibleConflict(txCtx, id);
    await recordAudit(tx, txCtx, { action: 'sync.conflict.read', entityType: 'person', entityId: row.personId, fields: [...row.fields, 'names'], detail: { conflictId: id } });
    const [presented] = await present(txCtx, [row]);
    const [summary] = (await visiblePersonSummaries(txCtx, [row.personId])).values();
    return {
      ...presented!,
      person: { givenNames: summary?.givenNames ?? null, surname: summary?.surname ?? null },
      hq: row.hqValues,
      post: row.postValues,
      base: row.baseValues,
      hqVersion: row.hqVersion,
      ...(await provenance(txCtx, row)),
      note: row.note,
      can: { resolve: row.status === 'open' && can(ctx, 'sync.manage') && can(ctx, 'people.write') },
    };
  });
}

/** Resolves a conflict: keep headquarters' values, or take the post's (as a change of the person). */
export async function resolveConflict(ctx: Ctx, id: string, input: { choice: 'keep-hq' | 'take-post'; note: string }) {
  requirePermission(ctx, 'sync.manage');
  return inTransaction(ctx, async (tx, txCtx) => {
    const row = await visibleConflict(txCtx, id);
    if (row.status !== 'open') {
      throw conflict('This conflict was already resolved');
    }
    if (input.choice === 'take-post') {
      const person = await personReplica(tx, row.personId);
      if (!person) {
        throw notFound('Person');
      }
      await updatePerson(txCtx, row.personId, person.version, row.postValues as Partial<PersonInput>);
    }
    const by = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    await tx.update(syncConflicts).set({ status: 'resolved', resolution: input.choice, note: input.note, resolvedBy: by, resolvedAt: ctx.now() }).where(eq(syncConflicts.id, id));
    await recordAudit(tx, txCtx, { action: 'sync.conflict.resolve', entityType: 'person', entityId: row.personId, fields: row.fields, detail: { conflictId: id, choice: input.choice } });
    return getConflict(txCtx, id);
  });
}
