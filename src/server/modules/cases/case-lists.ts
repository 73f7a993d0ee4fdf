/** Lists of cases: a page, counts by type and state, the export — all through the one visibility condition. */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { rowsAfter } from '../../platform/export/keyset';
import { keysetExport } from '../../platform/export/stream';
import { visiblePersonSummaries } from '../people/service';
import { accessOf, caseAccessPolicy, sees } from './access';
import { presentCaseHead } from './presenter';
import * as store from './store';
import { cases } from './tables';

export interface CaseListQuery {
  type?: string;
  state?: string;
  q?: string;
  mine?: boolean;
  personId?: string;
  includeClosed?: boolean;
  page: number;
  pageSize: number;
}

/** The cases the caller may see, a page at a time (audited). */
export async function listCases(ctx: Ctx, query: CaseListQuery) {
  requirePermission(ctx, 'cases.read');
  return inTransaction(ctx, async (tx, txCtx) => {
    const policy = caseAccessPolicy(ctx);
    const { rows, total } = await store.selectCases(tx, policy, query, {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    const cases = await presentCaseList(txCtx, rows);
    await recordAudit(tx, ctx, {
      action: 'cases.case.list',
      entityType: 'case',
      fields: ['reference', 'title', 'persons'],
      detail: {
        count: rows.length,
        filter: { type: query.type, state: query.state, q: query.q ? 'given' : undefined },
      },
    });
    return { cases, total };
  });
}

/** List items for visible case rows: persons only where the caller sees the persons section. */
export async function presentCaseList(ctx: Ctx, rows: store.VisibleCase[]) {
  const ids = rows.map((r) => r.row.id);
  const persons = await store.selectCasePersons(
    ctx.db,
    rows.filter((r) => sees(accessOf(r), 'persons')).map((r) => r.row.id),
  );
  const summaries = await visiblePersonSummaries(
    ctx,
    persons.map((p) => p.personId),
  );
  const orgs = await store.organisationNames(
    ctx.db,
    rows.map((r) => r.row.ownerOrganisationId),
  );
  const users = await store.userNames(
    ctx.db,
    rows.map((r) => r.row.ownerUserId),
  );
  const tasks = await store.openTaskSummary(
    ctx.db,
    rows.filter((r) => sees(accessOf(r), 'tasks')).map((r) => r.row.id),
  );
  return rows
    .map((r) => {
      const summary = tasks.get(r.row.id);
      return {
        ...presentCaseHead(r.row, orgs, users),
        access: accessOf(r).level,
        persons: persons
          .filter((p) => p.caseId === r.row.id)
          .map((p) => {
            const s = summaries.get(p.personId);
            return {
              personId: p.personId,
              role: p.role,
              name: s ? `${s.givenNames} ${s.surname}`.trim() : null,
            };
          }),
        openTasks: summary?.openTasks ?? 0,
        nextDueAt: summary?.nextDueAt?.toISOString() ?? null,
      };
    })
    .filter((item) => ids.includes(item.id));
}

/** Counts of the cases the caller may see, by type and state. */
export async function caseCounts(ctx: Ctx, includeClosed: boolean) {
  requirePermission(ctx, 'cases.read');
  const rows = await store.countCases(ctx.db, caseAccessPolicy(ctx), includeClosed);
  const byType: Record<string, number> = {};
  for (const row of rows) {
    byType[row.type] = (byType[row.type] ?? 0) + row.count;
  }
  return { total: rows.reduce((sum, r) => sum + r.count, 0), byType, byState: rows };
}

/** The list of visible cases of the list's filter as a streamed export (the list's visibility condition). */
export function casesExport(ctx: Ctx, query: Omit<CaseListQuery, 'page' | 'pageSize'>) {
  requirePermission(ctx, 'cases.read');
  const policy = caseAccessPolicy(ctx);
  return keysetExport({
    list: 'cases.cases',
    entityType: 'case',
    filter: { type: query.type, state: query.state, q: query.q ? 'given' : undefined, mine: query.mine, personId: query.personId, includeClosed: query.includeClosed },
    columns: [
      { header: 'reference', value: (l: CaseLine) => l.row.reference },
      { header: 'type', value: (l: CaseLine) => l.row.type },
      { header: 'state', value: (l: CaseLine) => l.row.state },
      { header: 'title', value: (l: CaseLine) => l.row.title },
      { header: 'ownerOrganisation', value: (l: CaseLine) => l.ownerOrganisation },
      { header: 'openedAt', value: (l: CaseLine) => l.row.openedAt },
      { header: 'closedAt', value: (l: CaseLine) => l.row.closedAt },
    ],
    count: () => store.countFilteredCases(ctx.db, policy, query),
    read: async (lastId, limit) => (await store.selectCasesAfter(ctx.db, policy, query, rowsAfter(cases, cases.openedAt, cases.id, 'desc', lastId), limit)).map((r) => ({ ...r, id: r.row.id })),
    present: async (rows) => {
      const orgs = await store.organisationNames(ctx.db, rows.map((r) => r.row.ownerOrganisationId));
      return rows.map((r): CaseLine => ({ row: r.row, ownerOrganisation: orgs.get(r.row.ownerOrganisationId)?.name ?? '' }));
    },
  });
}

interface CaseLine {
  row: store.CaseRow;
  ownerOrganisation: string;
}
