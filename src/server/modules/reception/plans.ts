/** Contingency plans: created, activated and deactivated by `influx.activate`; seen with `reception.read`. */
import { and, desc, eq, inArray } from 'drizzle-orm';
import { can, recordScope, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { sites, users } from '../../platform/auth/tables';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { conflict, invalid, notFound } from '../../platform/errors';
import * as store from './store';
import { actingUserId, centreScope } from './scope';
import { influxPlans } from './tables';

export type PlanRow = typeof influxPlans.$inferSelect;

/** Plans of sites the caller may see. */
const planScope = (ctx: Ctx) => recordScope(ctx, { organisation: sites.organisationId, site: sites.id });

/** A plan the caller may see (its site in scope), or 404; `forUpdate` locks it. */
export async function visiblePlan(ctx: Ctx, id: string, db: Executor = ctx.db, forUpdate = false): Promise<PlanRow> {
  const query = db
    .select({ plan: influxPlans })
    .from(influxPlans)
    .innerJoin(sites, eq(sites.id, influxPlans.siteId))
    .where(and(eq(influxPlans.id, id), planScope(ctx)));
  const [row] = forUpdate ? await query.for('update', { of: influxPlans }) : await query;
  if (!row) {
    throw notFound('Contingency plan');
  }
  return row.plan;
}

/** A plan as the API shows it, with its site's and centres' names. */
export async function presentPlans(db: Executor, plans: readonly PlanRow[]) {
  const ids = [...new Set(plans.flatMap((p) => [p.siteId, ...p.centreIds]))];
  const names = new Map(ids.length > 0 ? (await db.select({ id: sites.id, name: sites.name }).from(sites).where(inArray(sites.id, ids))).map((s) => [s.id, s.name]) : []);
  const userIds = [...new Set(plans.flatMap((p) => (p.activatedBy ? [p.activatedBy] : [])))];
  const userNames = new Map(
    userIds.length > 0 ? (await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds))).map((u) => [u.id, u.name]) : [],
  );
  return plans.map((p) => ({
    id: p.id,
    siteId: p.siteId,
    siteName: names.get(p.siteId) ?? '',
    name: p.name,
    description: p.description,
    centres: p.centreIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    status: p.status,
    activatedAt: p.activatedAt,
    activatedBy: p.activatedBy ? { id: p.activatedBy, name: userNames.get(p.activatedBy) ?? '' } : null,
    deactivatedAt: p.deactivatedAt,
  }));
}

/** Plans of the sites the caller may see, newest first. */
export async function listPlans(ctx: Ctx) {
  requirePermission(ctx, 'reception.read');
  const rows = await ctx.db.select({ plan: influxPlans }).from(influxPlans).innerJoin(sites, eq(sites.id, influxPlans.siteId)).where(planScope(ctx)).orderBy(desc(influxPlans.createdAt));
  return { plans: await presentPlans(ctx.db, rows.map((r) => r.plan)), can: { activate: can(ctx, 'influx.activate'), preregister: can(ctx, 'influx.preregister') } };
}

/** One plan. */
export async function getPlan(ctx: Ctx, id: string) {
  requirePermission(ctx, 'reception.read');
  return (await presentPlans(ctx.db, [await visiblePlan(ctx, id)]))[0]!;
}

/** Creates a plan for a site, naming the centres it allocates to (in order of preference for ties). */
export async function createPlan(ctx: Ctx, input: { siteId: string; name: string; description?: string; centreIds: string[] }) {
  requirePermission(ctx, 'influx.activate');
  const site = await store.selectSite(ctx.db, input.siteId, planScope(ctx));
  if (!site) {
    throw invalid('The site does not exist', [{ field: 'siteId', message: 'Unknown site' }]);
  }
  const centreIds = [...new Set(input.centreIds)];
  const centres = await store.selectCentres(ctx.db, centreScope(ctx), centreIds);
  if (centres.length !== centreIds.length) {
    throw invalid('Every centre of the plan must be a reception or contingency centre', [{ field: 'centreIds', message: 'Unknown centre' }]);
  }
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.insert(influxPlans).values({ siteId: input.siteId, name: input.name, description: input.description ?? '', centreIds, createdBy: actingUserId(ctx) }).returning();
    await recordAudit(tx, ctx, { action: 'influx.plan.create', entityType: 'influx-plan', entityId: row!.id });
    return (await presentPlans(tx, [row!]))[0]!;
  });
}

/** Activates (mass-influx mode on) or deactivates a plan. */
export async function setPlanActive(ctx: Ctx, id: string, active: boolean, note?: string | null) {
  requirePermission(ctx, 'influx.activate');
  return inTransaction(ctx, async (tx) => {
    const plan = await visiblePlan(ctx, id, tx, true);
    if ((plan.status === 'active') === active) {
      throw conflict(`The plan is already ${plan.status}`);
    }
    const patch = active ? { status: 'active', activatedAt: ctx.now(), activatedBy: actingUserId(ctx), deactivatedAt: null } : { status: 'inactive', deactivatedAt: ctx.now() };
    const [row] = await tx.update(influxPlans).set(patch).where(eq(influxPlans.id, id)).returning();
    await recordAudit(tx, ctx, { action: active ? 'influx.plan.activate' : 'influx.plan.deactivate', entityType: 'influx-plan', entityId: id, detail: note ? { note } : undefined });
    return (await presentPlans(tx, [row!]))[0]!;
  });
}
