/**
 * The counts funders ask for: people trained (participants whose attendance reached the course's
 * threshold) by organisation, course, month and sex, and how many of them had their knowledge evaluated
 * by both a pre- and a post-test. Each row counts people, so totals equal the participants behind them.
 */
import type { SQL } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { invalid } from '../../platform/errors';
import { toCsv } from '../../platform/export/csv';
import { toXlsx } from '../../platform/export/xlsx';
import { attendancePercent, sessionDays } from './scoring';
import { sessionScope } from './sessions';
import * as store from './store';

export interface TrainedRow {
  organisation: string;
  course: string;
  month: string;
  sex: string;
  trained: number;
  evaluated: number;
}

/** People trained in a period, grouped. */
export async function trainedReport(ctx: Ctx, period: { from: string; to: string }) {
  requirePermission(ctx, 'training.manage');
  if (period.to < period.from) {
    throw invalid('The period ends before it starts', [{ field: 'to', message: 'Before from' }]);
  }
  const list = await trainedGroups(ctx.db, period, sessionScope(ctx));
  await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'training.report.trained', detail: { period, rows: list.length } }));
  return { rows: list, totals: { trained: list.reduce((s, r) => s + r.trained, 0), evaluated: list.reduce((s, r) => s + r.evaluated, 0) } };
}

/**
 * Participants of sessions starting in the period (within `scope`, a condition on sessions and
 * participants) whose attendance reached the course's threshold, grouped by organisation, course, month
 * and sex, with how many took both tests. No permission check or audit: its callers do both.
 */
export async function trainedGroups(db: Executor, period: { from: string; to: string }, scope: SQL | undefined): Promise<TrainedRow[]> {
  const rows = await store.selectReportRows(db, period, scope);
  const attendance = await store.selectAttendance(db, rows.map((r) => r.participant.id));
  const sessionIds = [...new Set(rows.map((r) => r.session.id))];
  const tests = (await Promise.all(sessionIds.map((id) => store.selectTests(db, id)))).flat();
  const attempts = await store.selectAttempts(db, tests.map((t) => t.id));
  const groups = new Map<string, TrainedRow>();
  for (const { participant, session, course } of rows) {
    const present = attendance.filter((a) => a.participantId === participant.id && a.present).length;
    if (attendancePercent(present, sessionDays(session.startDate, session.endDate).length) < course.attendanceThreshold) {
      continue;
    }
    const phases = new Set(attempts.filter((a) => a.participantId === participant.id && !a.pending).map((a) => tests.find((t) => t.id === a.testId)?.phase));
    const key = [participant.organisationName, course.title, session.startDate.slice(0, 7), participant.sex].join('\u0000');
    const group = groups.get(key) ?? { organisation: participant.organisationName, course: course.title, month: session.startDate.slice(0, 7), sex: participant.sex, trained: 0, evaluated: 0 };
    group.trained += 1;
    group.evaluated += phases.has('pre') && phases.has('post') ? 1 : 0;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.organisation.localeCompare(b.organisation) || a.course.localeCompare(b.course) || a.month.localeCompare(b.month) || a.sex.localeCompare(b.sex));
}

const COLUMNS = [
  { header: 'organisation', value: (r: TrainedRow) => r.organisation },
  { header: 'course', value: (r: TrainedRow) => r.course },
  { header: 'month', value: (r: TrainedRow) => r.month },
  { header: 'sex', value: (r: TrainedRow) => r.sex },
  { header: 'trained', value: (r: TrainedRow) => r.trained },
  { header: 'knowledge_evaluated', value: (r: TrainedRow) => r.evaluated },
];

/** The report as CSV. */
export async function trainedCsv(ctx: Ctx, period: { from: string; to: string }): Promise<string> {
  return toCsv((await trainedReport(ctx, period)).rows, COLUMNS);
}

/** The report as XLSX. */
export async function trainedXlsx(ctx: Ctx, period: { from: string; to: string }): Promise<Buffer> {
  return toXlsx('People trained', (await trainedReport(ctx, period)).rows, COLUMNS);
}
