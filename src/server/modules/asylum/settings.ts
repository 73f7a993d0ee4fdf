/** The national rules of the asylum procedure (deadlines, the status after a final rejection): read and changed. */
import { can, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { actorIds } from '../people/service';
import { localDay } from '../border/travel-days';
import { ASYLUM_TIME_ZONE, DEFAULT_SETTINGS, type AsylumSettings } from './reference';
import * as store from './store';

/** The rules in force: the stored ones, else the defaults. */
export async function currentSettings(db: Executor): Promise<AsylumSettings> {
  const row = await store.selectSettings(db);
  if (!row) {
    return { ...DEFAULT_SETTINGS };
  }
  return {
    decisionDueMonths: row.decisionDueMonths,
    appealDeadlineDays: row.appealDeadlineDays,
    dueSoonDays: row.dueSoonDays,
    followUpDueDays: row.followUpDueDays,
    statusAfterFinalRejection: row.statusAfterFinalRejection as AsylumSettings['statusAfterFinalRejection'],
  };
}

/** Today in the asylum authority's calendar. */
export function asylumToday(ctx: Ctx): string {
  return localDay(ctx.now(), ASYLUM_TIME_ZONE);
}

/** The rules, with whether the caller may change them. */
export async function getSettings(ctx: Ctx) {
  requirePermission(ctx, 'reception.read');
  return { ...(await currentSettings(ctx.db)), can: { edit: can(ctx, 'asylum.decide') } };
}

/** Changes the rules; deadlines already computed keep their dates. */
export async function updateSettings(ctx: Ctx, input: AsylumSettings) {
  requirePermission(ctx, 'asylum.decide');
  await inTransaction(ctx, async (tx) => {
    await store.upsertSettings(tx, { ...input, updatedBy: actorIds(ctx).userId });
    await recordAudit(tx, ctx, { action: 'asylum.settings.update', entityType: 'asylum-settings', entityId: 'national', fields: Object.keys(input) });
  });
  return getSettings(ctx);
}
