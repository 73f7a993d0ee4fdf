/**
 * Assisted voluntary return and reintegration: the departure confirmed by the person's exit crossing
 * (a listener on the border's crossings, inside the crossing's transaction), and statistics by country
 * of return and vulnerability.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { zonedDayOf } from '../../../common/dates/zoned-day';
import type { CrossingRecorded } from '../border/crossing-events';
import { caseAccessPolicy } from './access';
import { caseFacts, loadCase, recordEvent } from './case-view';
import { transitionProblems } from './engine';
import { CASES_TIME_ZONE } from './reference';
import { applyTransition } from './service';
import * as store from './store';
import { casePersons, cases, caseServices } from './tables';

const DEPARTED_STATES = new Set(['departed', 'reintegration', 'follow-up']);

/** True when an AVRR case's person has left: departed or later, or closed after a recorded departure. */
export function hasDeparted(row: { state: string; data: Record<string, unknown> }): boolean {
  return DEPARTED_STATES.has(row.state) || (row.state === 'closed' && typeof row.data.departureDate === 'string');
}

/**
 * On an admitted exit crossing of a person of an AVRR case waiting in `pre-departure`, moves the case to
 * `departed` with the crossing's day and id. A case whose checklist is not complete is left where it is,
 * with a history entry saying the exit was seen.
 */
export async function confirmDepartureOnExit(tx: Tx, txCtx: Ctx, event: CrossingRecorded): Promise<void> {
  if (event.direction !== 'exit' || event.decision !== 'admitted') {
    return;
  }
  const waiting = await tx
    .select({ id: cases.id })
    .from(casePersons)
    .innerJoin(cases, eq(cases.id, casePersons.caseId))
    .where(
      and(eq(casePersons.personId, event.personId), eq(cases.type, 'avrr'), eq(cases.state, 'pre-departure')),
    );
  if (waiting.length === 0) {
    return;
  }
  const system: Ctx = { ...txCtx, actor: { kind: 'system', label: 'avrr-departure' } };
  const data = {
    departureDate: zonedDayOf(event.at, CASES_TIME_ZONE),
    departureCrossingId: event.crossingId,
  };
  for (const { id } of waiting) {
    const loaded = await loadCase(tx, system, id, { lock: true });
    const transition = loaded.definition.transitions.find(
      (t) => t.from === 'pre-departure' && t.to === 'departed',
    )!;
    const problems = transitionProblems(
      loaded.definition,
      transition,
      await caseFacts(tx, loaded.row, data),
      null,
    );
    if (problems.length > 0) {
      await recordEvent(tx, system, id, 'exit-crossing-seen', {
        crossingId: event.crossingId,
        missing: problems.map((p) => p.field),
      });
      await recordAudit(tx, system, {
        action: 'cases.avrr.exit-seen',
        entityType: 'case',
        entityId: id,
        detail: { crossingId: event.crossingId },
      });
      continue;
    }
    await applyTransition(tx, system, loaded, 'departed', {
      data,
      eventKind: 'departure-confirmed',
      detail: { crossingId: event.crossingId, siteId: event.siteId },
    });
  }
}

/** AVRR cases opened in the period, by country of return and vulnerability (the caller's visible cases only). */
export async function avrrStatistics(ctx: Ctx, period: { from?: string; to?: string }) {
  requirePermission(ctx, 'cases.read');
  return inTransaction(ctx, async (tx) => {
    const policy = caseAccessPolicy(ctx);
    const { rows } = await store.selectCases(
      tx,
      policy,
      { type: 'avrr', includeClosed: true },
      { limit: 100_000, offset: 0 },
    );
    const from = period.from ? new Date(`${period.from}T00:00:00Z`).getTime() : -Infinity;
    const to = period.to ? new Date(`${period.to}T00:00:00Z`).getTime() + 86_400_000 : Infinity;
    const inPeriod = rows
      .map((r) => r.row)
      .filter((r) => r.openedAt.getTime() >= from && r.openedAt.getTime() < to);
    const services =
      inPeriod.length === 0
        ? []
        : await tx
            .select()
            .from(caseServices)
            .where(
              and(
                inArray(
                  caseServices.caseId,
                  inPeriod.map((r) => r.id),
                ),
                inArray(caseServices.kind, ['in-kind-assistance', 'cash-assistance']),
              ),
            );
    const groups = new Map<
      string,
      {
        countryOfReturn: string;
        vulnerability: string;
        cases: number;
        departed: number;
        inKindAmounts: Record<string, number>;
      }
    >();
    const totals = { cases: inPeriod.length, departed: 0, inKindAmounts: {} as Record<string, number> };
    for (const row of inPeriod) {
      const country = typeof row.data.countryOfReturn === 'string' ? row.data.countryOfReturn : 'unknown';
      const listed = Array.isArray(row.data.vulnerabilities)
        ? row.data.vulnerabilities.map(String).filter((v) => v !== 'none')
        : [];
      const departed = hasDeparted(row);
      if (departed) {
        totals.departed += 1;
      }
      const amounts: Record<string, number> = {};
      for (const s of services.filter((x) => x.caseId === row.id && x.amount !== null && x.currency)) {
        amounts[s.currency!] = (amounts[s.currency!] ?? 0) + Number(s.amount);
        totals.inKindAmounts[s.currency!] = (totals.inKindAmounts[s.currency!] ?? 0) + Number(s.amount);
      }
      for (const vulnerability of listed.length > 0 ? listed : ['none']) {
        const key = `${country}|${vulnerability}`;
        const group = groups.get(key) ?? {
          countryOfReturn: country,
          vulnerability,
          cases: 0,
          departed: 0,
          inKindAmounts: {},
        };
        group.cases += 1;
        if (departed) {
          group.departed += 1;
        }
        for (const [currency, amount] of Object.entries(amounts)) {
          group.inKindAmounts[currency] = (group.inKindAmounts[currency] ?? 0) + amount;
        }
        groups.set(key, group);
      }
    }
    await recordAudit(tx, ctx, {
      action: 'cases.avrr.statistics',
      entityType: 'case',
      detail: { cases: inPeriod.length },
    });
    return {
      rows: [...groups.values()].sort(
        (a, b) =>
          a.countryOfReturn.localeCompare(b.countryOfReturn) ||
          a.vulnerability.localeCompare(b.vulnerability),
      ),
      totals,
    };
  });
}
