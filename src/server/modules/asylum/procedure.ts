/**
 * The steps of an application after lodging: interviews, the decision, its notification, appeals and
 * their outcome, closing. Each is checked against the state machine (`transitions.ts`); the steps that
 * change the person's legal status record it through the people service in the same transaction.
 */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { invalid, notFound, ruleViolated } from '../../platform/errors';
import { actorIds, recordLegalStatus } from '../people/service';
import type { LegalStatus } from '../people/reference';
import { applicationScope, requireDateWithin, requireLegalStatusRight, visiblePerson } from './applications';
import { addDays, addMonths } from './deadlines';
import { describeApplication, hasSettledAppeal, languageName } from './presenter';
import type { AppealOutcome, ApplicationStatus, AsylumSettings, DecisionOutcome } from './reference';
import { asylumToday, currentSettings } from './settings';
import * as store from './store';
import type { ApplicationInsert, ApplicationRow } from './store';
import { requireTransition, statusAfterAppeal, type ApplicationAction } from './transitions';

interface StepResult {
  patch: Partial<ApplicationInsert>;
  detail: Record<string, unknown>;
  fields: string[];
  /** The legal status to record, dated. */
  legalStatus?: { status: LegalStatus; validFrom: string };
}

interface StepContext {
  row: ApplicationRow;
  status: ApplicationStatus;
  today: string;
  settings: AsylumSettings;
}

/** Runs one step on an application: scope, person, transition, change, history, legal status, audit. */
async function step(ctx: Ctx, id: string, action: ApplicationAction, eventName: string, work: (tx: StepContext, txCtx: Ctx) => Promise<StepResult> | StepResult) {
  const actor = actorIds(ctx);
  return inTransaction(ctx, async (tx, txCtx) => {
    const row = await store.selectApplication(tx, id, applicationScope(ctx), true);
    if (!row) {
      throw notFound('Application');
    }
    const person = await visiblePerson(txCtx, row.personId).catch(() => {
      throw notFound('Application');
    });
    const status = row.status as ApplicationStatus;
    requireTransition(status, action);
    const result = await work({ row, status, today: asylumToday(ctx), settings: await currentSettings(tx) }, txCtx);
    const updated = await store.updateApplication(tx, id, result.patch);
    await store.insertEvent(tx, { applicationId: id, action: eventName, fromStatus: status, toStatus: updated.status, actorUserId: actor.userId, actorLabel: actor.label, detail: result.detail });
    if (result.legalStatus) {
      await recordLegalStatus(txCtx, row.personId, { ...result.legalStatus, note: `Asylum application ${row.number}: ${eventName} on ${result.legalStatus.validFrom}`, source: 'asylum-application', becomeCurrent: true });
    }
    await recordAudit(tx, ctx, { action: `asylum.application.${eventName}`, entityType: 'asylum-application', entityId: id, fields: result.fields, detail: { from: status, to: updated.status } });
    return describeApplication(txCtx, updated, { ...person, legalStatus: result.legalStatus?.status ?? person.legalStatus });
  });
}

/** Records an interview (with the interpreter's language, ISO 639-3). */
export function recordInterview(ctx: Ctx, id: string, input: { heldOn: string; interviewer: string; interpreterLanguage?: string | null; notes?: string | null }) {
  requirePermission(ctx, 'reception.manage');
  if (input.interpreterLanguage && !languageName(input.interpreterLanguage)) {
    throw invalid(`"${input.interpreterLanguage}" is not an ISO 639-3 language code`, [{ field: 'interpreterLanguage', message: 'Unknown ISO 639-3 code' }]);
  }
  return step(ctx, id, 'interview', 'interview', async ({ row, today }, txCtx) => {
    requireDateWithin('heldOn', input.heldOn, today, { day: row.lodgedOn, what: 'the lodging date' });
    await store.insertInterview(txCtx.db, { applicationId: id, heldOn: input.heldOn, interviewer: input.interviewer, interpreterLanguage: input.interpreterLanguage ?? null, notes: input.notes ?? null, recordedBy: actorIds(ctx).userId });
    return { patch: { status: 'interviewed' }, detail: { heldOn: input.heldOn, interpreterLanguage: input.interpreterLanguage ?? null }, fields: ['interviews'] };
  });
}

/** The legal status a final negative end leaves the person with (a national rule). */
const finalRejection = (settings: AsylumSettings, validFrom: string) => ({ status: settings.statusAfterFinalRejection, validFrom });

/** Records the first-instance decision: granted refugee status, subsidiary protection, rejected, or withdrawn. */
export function decideApplication(ctx: Ctx, id: string, input: { outcome: DecisionOutcome; decidedOn: string; notifiedOn?: string | null; note?: string | null }) {
  requirePermission(ctx, 'asylum.decide');
  requireLegalStatusRight(ctx);
  const action: ApplicationAction = input.outcome === 'withdrawn' ? 'withdraw' : 'decide';
  return step(ctx, id, action, input.outcome === 'withdrawn' ? 'withdraw' : 'decide', ({ row, today, settings }) => {
    requireDateWithin('decidedOn', input.decidedOn, today, { day: row.lodgedOn, what: 'the lodging date' });
    if (input.notifiedOn) {
      requireDateWithin('notifiedOn', input.notifiedOn, today, { day: input.decidedOn, what: 'the decision date' });
    }
    const appealable = input.outcome === 'rejected' || input.outcome === 'granted-subsidiary';
    const notifiedOn = input.notifiedOn ?? null;
    const legalStatus: StepResult['legalStatus'] =
      input.outcome === 'granted-refugee'
        ? { status: 'refugee', validFrom: input.decidedOn }
        : input.outcome === 'granted-subsidiary'
          ? { status: 'subsidiary-protection', validFrom: input.decidedOn }
          : input.outcome === 'withdrawn'
            ? finalRejection(settings, input.decidedOn)
            : undefined;
    return {
      patch: {
        status: input.outcome,
        decisionOutcome: input.outcome,
        decidedOn: input.decidedOn,
        decidedBy: actorIds(ctx).userId,
        decisionNote: input.note ?? null,
        notifiedOn,
        appealDueOn: appealable && notifiedOn ? addDays(notifiedOn, settings.appealDeadlineDays) : null,
        closedOn: input.outcome === 'withdrawn' ? input.decidedOn : null,
      },
      detail: { outcome: input.outcome, decidedOn: input.decidedOn, notifiedOn },
      fields: ['decision'],
      legalStatus,
    };
  });
}

/** Records the day the decision was notified; the appeal deadline runs from it. */
export function recordNotification(ctx: Ctx, id: string, input: { notifiedOn: string }) {
  requirePermission(ctx, 'reception.manage');
  return step(ctx, id, 'notify', 'notify', ({ row, today, settings }) => {
    if (row.notifiedOn) {
      throw ruleViolated(`The decision was already notified on ${row.notifiedOn}`, [{ field: 'notifiedOn', message: 'Already notified' }]);
    }
    requireDateWithin('notifiedOn', input.notifiedOn, today, { day: row.decidedOn ?? row.lodgedOn, what: 'the decision date' });
    return { patch: { notifiedOn: input.notifiedOn, appealDueOn: addDays(input.notifiedOn, settings.appealDeadlineDays) }, detail: { notifiedOn: input.notifiedOn }, fields: ['notifiedOn'] };
  });
}

/** Lodges an appeal against a rejection or subsidiary protection, by the appeal deadline. */
export function lodgeAppeal(ctx: Ctx, id: string, input: { lodgedOn: string; court?: string | null; note?: string | null }) {
  requirePermission(ctx, 'reception.manage');
  return step(ctx, id, 'appeal', 'appeal', async ({ row, status, today }, txCtx) => {
    requireDateWithin('lodgedOn', input.lodgedOn, today, { day: row.decidedOn ?? row.lodgedOn, what: 'the decision date' });
    if (hasSettledAppeal(await store.selectAppeals(txCtx.db, id))) {
      throw ruleViolated('This decision was already appealed and the appeal settled: there is no second appeal here', [{ field: 'lodgedOn', message: 'Already appealed' }]);
    }
    if (row.appealDueOn && input.lodgedOn > row.appealDueOn) {
      throw ruleViolated(`The appeal deadline was ${row.appealDueOn}: an appeal lodged on ${input.lodgedOn} is late`, [{ field: 'lodgedOn', message: `After the deadline ${row.appealDueOn}` }]);
    }
    await store.insertAppeal(txCtx.db, { applicationId: id, lodgedOn: input.lodgedOn, court: input.court ?? null, note: input.note ?? null, appealedFrom: status, lodgedBy: actorIds(ctx).userId });
    return { patch: { status: 'appealed' }, detail: { lodgedOn: input.lodgedOn, appealedFrom: status }, fields: ['appeals'] };
  });
}

/** Records the outcome of the pending appeal: protection granted, remitted for a new decision, dismissed or withdrawn. */
export function recordAppealOutcome(ctx: Ctx, id: string, input: { outcome: AppealOutcome; decidedOn: string; note?: string | null }) {
  requirePermission(ctx, 'asylum.decide');
  if (input.outcome !== 'remitted') {
    requireLegalStatusRight(ctx);
  }
  return step(ctx, id, 'appealOutcome', 'appeal-outcome', async ({ today, settings }, txCtx) => {
    const pending = (await store.selectAppeals(txCtx.db, id)).findLast((a) => a.outcome === null);
    if (!pending) {
      throw notFound('Pending appeal');
    }
    requireDateWithin('decidedOn', input.decidedOn, today, { day: pending.lodgedOn, what: 'the appeal date' });
    await store.updateAppeal(txCtx.db, pending.id, { outcome: input.outcome, outcomeOn: input.decidedOn, outcomeNote: input.note ?? null, outcomeBy: actorIds(ctx).userId });
    const next = statusAfterAppeal(input.outcome, pending.appealedFrom as ApplicationStatus);
    const patch: Partial<ApplicationInsert> = { status: next };
    let legalStatus: StepResult['legalStatus'];
    if (next === 'granted-refugee') {
      legalStatus = { status: 'refugee', validFrom: input.decidedOn };
    } else if (next === 'granted-subsidiary' && pending.appealedFrom !== 'granted-subsidiary') {
      legalStatus = { status: 'subsidiary-protection', validFrom: input.decidedOn };
    } else if (next === 'closed') {
      legalStatus = finalRejection(settings, input.decidedOn);
      patch.closedOn = input.decidedOn;
    } else if (next === 'interviewed') {
      // Remitted: the authority decides again, with a new period to do so.
      Object.assign(patch, { decisionOutcome: null, decidedOn: null, decidedBy: null, decisionNote: null, notifiedOn: null, appealDueOn: null, decisionDueOn: addMonths(input.decidedOn, settings.decisionDueMonths) });
    }
    return { patch, detail: { outcome: input.outcome, decidedOn: input.decidedOn }, fields: ['appeals', 'status'], legalStatus };
  });
}

/** Closes a rejected application once the appeal deadline has passed without an appeal: the rejection is final. */
export function closeApplication(ctx: Ctx, id: string, input: { closedOn: string; note?: string | null }) {
  requirePermission(ctx, 'reception.manage');
  requireLegalStatusRight(ctx);
  return step(ctx, id, 'close', 'close', ({ row, today, settings }) => {
    requireDateWithin('closedOn', input.closedOn, today, { day: row.lodgedOn, what: 'the lodging date' });
    if (!row.appealDueOn) {
      throw ruleViolated('The decision has not been notified yet: record the notification first (the appeal deadline runs from it)', [{ field: 'notifiedOn', message: 'Not notified' }]);
    }
    if (input.closedOn <= row.appealDueOn) {
      throw ruleViolated(`The appeal deadline runs until ${row.appealDueOn}: the application can be closed from the day after`, [{ field: 'closedOn', message: `Not after ${row.appealDueOn}` }]);
    }
    return { patch: { status: 'closed', closedOn: input.closedOn }, detail: { closedOn: input.closedOn, note: input.note ?? null }, fields: ['status'], legalStatus: finalRejection(settings, input.closedOn) };
  });
}
