/** How an application is shown: summary for lists, the full record with interviews, appeals, history, deadlines and what the caller may do. */
import { iso6393 } from 'iso-639-3';
import { can } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import type { visiblePersonSummaries } from '../people/service';
import { applicationDeadlines } from './deadlines';
import type { ApplicationStatus } from './reference';
import { asylumToday, currentSettings } from './settings';
import * as store from './store';
import type { ApplicationRow } from './store';
import { ALLOWED_FROM } from './transitions';

type PersonSummary = NonNullable<ReturnType<Awaited<ReturnType<typeof visiblePersonSummaries>>['get']>>;

const languageNames = new Map(iso6393.map((l) => [l.iso6393, l.name]));

/** The English name of an ISO 639-3 language code, or undefined for an unknown code. */
export function languageName(code: string): string | undefined {
  return languageNames.get(code);
}

/** The summary of an application for lists (its one running deadline, if any). */
export function summariseApplication(row: ApplicationRow, person: PersonSummary, siteName: string | undefined, today: string, dueSoonDays: number) {
  const status = row.status as ApplicationStatus;
  return {
    id: row.id,
    number: row.number,
    person,
    status,
    lodgedOn: row.lodgedOn,
    site: { id: row.siteId, name: siteName ?? '' },
    decisionOutcome: row.decisionOutcome,
    decidedOn: row.decidedOn,
    deadline: applicationDeadlines({ status, decisionDueOn: row.decisionDueOn, appealDueOn: row.appealDueOn }, today, dueSoonDays)[0] ?? null,
  };
}

/** True when an appeal against the current decision was settled (a remitted one leads to a new decision, which may be appealed). */
export function hasSettledAppeal(appeals: { outcome: string | null }[]): boolean {
  return appeals.some((a) => a.outcome !== null && a.outcome !== 'remitted');
}

/** What the caller may do next with the application. */
export function applicationCan(ctx: Ctx, row: ApplicationRow, today: string, settledAppeal: boolean) {
  const status = row.status as ApplicationStatus;
  const manage = can(ctx, 'reception.manage');
  const decide = can(ctx, 'asylum.decide');
  return {
    interview: manage && ALLOWED_FROM.interview.includes(status),
    decide: decide && ALLOWED_FROM.decide.includes(status),
    withdraw: decide && ALLOWED_FROM.withdraw.includes(status),
    notify: manage && ALLOWED_FROM.notify.includes(status) && !row.notifiedOn,
    appeal: manage && ALLOWED_FROM.appeal.includes(status) && !settledAppeal && (!row.appealDueOn || today <= row.appealDueOn),
    appealOutcome: decide && ALLOWED_FROM.appealOutcome.includes(status),
    close: manage && ALLOWED_FROM.close.includes(status) && row.appealDueOn !== null && today > row.appealDueOn,
  };
}

/** The full view of one application (inside the caller's transaction); the person must be visible. */
export async function describeApplication(ctx: Ctx, row: ApplicationRow, person: PersonSummary) {
  const today = asylumToday(ctx);
  const settings = await currentSettings(ctx.db);
  // Sequential on purpose: inside a transaction there is one connection to share.
  const interviews = await store.selectInterviews(ctx.db, row.id);
  const appeals = await store.selectAppeals(ctx.db, row.id);
  const events = await store.selectEvents(ctx.db, row.id);
  const siteNames = await store.selectSiteNames(ctx.db, [row.siteId]);
  const names = await store.selectUserNames(ctx.db, [row.decidedBy, ...interviews.map((i) => i.recordedBy)]);
  const status = row.status as ApplicationStatus;
  const userRef = (id: string | null) => ({ id, name: id ? (names.get(id) ?? '') : '' });
  return {
    ...summariseApplication(row, person, siteNames.get(row.siteId), today, settings.dueSoonDays),
    note: row.note,
    decisionDueOn: row.decisionDueOn,
    notifiedOn: row.notifiedOn,
    appealDueOn: row.appealDueOn,
    closedOn: row.closedOn,
    decision: row.decisionOutcome ? { outcome: row.decisionOutcome, decidedOn: row.decidedOn, decidedBy: userRef(row.decidedBy), note: row.decisionNote } : null,
    interviews: interviews.map((i) => ({
      id: i.id,
      heldOn: i.heldOn,
      interviewer: i.interviewer,
      interpreterLanguage: i.interpreterLanguage,
      interpreterLanguageName: i.interpreterLanguage ? (languageName(i.interpreterLanguage) ?? null) : null,
      notes: i.notes,
      recordedBy: userRef(i.recordedBy),
    })),
    appeals: appeals.map((a) => ({ id: a.id, lodgedOn: a.lodgedOn, court: a.court, note: a.note, appealedFrom: a.appealedFrom, outcome: a.outcome, outcomeOn: a.outcomeOn })),
    deadlines: applicationDeadlines({ status, decisionDueOn: row.decisionDueOn, appealDueOn: row.appealDueOn }, today, settings.dueSoonDays),
    history: events.map((e) => ({ at: e.at, action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, by: e.actorLabel, detail: e.detail })),
    can: applicationCan(ctx, row, today, hasSettledAppeal(appeals)),
  };
}

export type { PersonSummary };
