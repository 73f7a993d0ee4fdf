/** Reminders on task deadlines (a job run with the context's clock) and the caseworker's home: my cases, tasks due today or overdue, referrals waiting, reminders. */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { zonedDayOf, zonedPeriod } from '../../../common/dates/zoned-day';
import { caseAccessPolicy } from './access';
import { presentTask } from './presenter';
import { CASES_TIME_ZONE } from './reference';
import * as referralStore from './referral-store';
import { presentReferrals } from './referral-view';
import { presentCaseList } from './case-lists';
import * as store from './store';

/** Fires every reminder due at `ctx.now()` (once each); the server calls it every few minutes. */
export async function runCaseReminders(ctx: Ctx): Promise<{ dueSoon: number; overdue: number }> {
  return inTransaction(ctx, async (tx) => {
    const fired = await referralStore.fireReminders(tx, ctx.now());
    if (fired.dueSoon + fired.overdue > 0) {
      await recordAudit(tx, ctx, { action: 'cases.reminders.fire', entityType: 'case-task', detail: fired });
    }
    return fired;
  });
}

/** The caller's home page (audited). */
export async function caseworkerHome(ctx: Ctx) {
  requirePermission(ctx, 'cases.read');
  return inTransaction(ctx, async (tx, txCtx) => {
    const policy = caseAccessPolicy(ctx);
    const now = ctx.now();
    const today = zonedPeriod(
      zonedDayOf(now, CASES_TIME_ZONE),
      zonedDayOf(now, CASES_TIME_ZONE),
      CASES_TIME_ZONE,
    );
    const { rows } = await store.selectCases(tx, policy, { mine: true }, { limit: 100, offset: 0 });
    const myCases = await presentCaseList(
      txCtx,
      rows.filter((r) => r.full),
    );
    const tasks = await referralStore.selectMyOpenTasks(tx, policy, new Date(today.to.getTime() - 1));
    const withCase = (t: (typeof tasks)[number]) => ({
      ...presentTask(t.task, now),
      case: { id: t.task.caseId, reference: t.caseReference, type: t.caseType, title: t.caseTitle },
    });
    const reminders = await referralStore.selectMyReminders(tx, policy);
    await recordAudit(tx, ctx, {
      action: 'cases.home.read',
      entityType: 'case',
      fields: ['reference', 'title', 'persons', 'tasks'],
      detail: { cases: myCases.length, tasks: tasks.length },
    });
    return {
      myCases,
      tasksDueToday: tasks.filter((t) => t.task.dueAt >= today.from).map(withCase),
      tasksOverdue: tasks.filter((t) => t.task.dueAt < today.from).map(withCase),
      referralsWaiting: await presentReferrals(tx, policy, { direction: 'incoming', status: 'pending' }),
      reminders: reminders.map((r) => ({
        id: r.reminder.id,
        kind: r.reminder.kind,
        firedAt: r.reminder.firedAt.toISOString(),
        readAt: r.reminder.readAt?.toISOString() ?? null,
        task: { id: r.task.id, title: r.task.title, dueAt: r.task.dueAt.toISOString() },
        case: { id: r.reminder.caseId, reference: r.caseReference, type: r.caseType, title: r.caseTitle },
      })),
    };
  });
}

/** Marks one of the caller's reminders read. */
export async function readReminder(ctx: Ctx, id: string) {
  requirePermission(ctx, 'cases.read');
  return inTransaction(ctx, async (tx) => {
    if (!(await referralStore.markReminderRead(tx, caseAccessPolicy(ctx), id, ctx.now()))) {
      throw notFound('Reminder');
    }
    return { status: 'ok' as const };
  });
}
