/**
 * The national referral mechanism's entry and exit: a first-line professional's signal (indicators
 * checklist) opens a trafficking case at the anti-trafficking agency — the signaller sees only their
 * own signal — and the HTCDS-shaped export of the trafficking cases the caller may see.
 */
import { and, asc, eq } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { organisations } from '../../platform/auth/tables';
import { actorOrganisationId, inTransaction, type Ctx } from '../../platform/context';
import { toCsv } from '../../platform/export/csv';
import { invalid, ruleViolated } from '../../platform/errors';
import { personSummary, visiblePersonSummaries } from '../people/service';
import { caseAccessPolicy } from './access';
import * as parts from './parts-store';
import { TRAFFICKING_INDICATORS } from './reference';
import * as referralStore from './referral-store';
import { openCase } from './service';
import * as store from './store';

async function agencies(db: Ctx['db']) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.type, 'anti-trafficking-agency'), eq(organisations.active, true)))
    .orderBy(asc(organisations.name));
}

/** The indicators to check and the agencies a signal can go to. */
export async function signalOptions(ctx: Ctx) {
  requirePermission(ctx, 'cases.signal');
  return { indicators: [...TRAFFICKING_INDICATORS], agencies: await agencies(ctx.db) };
}

export interface SignalInput {
  personId: string;
  indicators: string[];
  note?: string;
  location?: string | null;
  observedOn?: string | null;
  agencyOrganisationId?: string | null;
}

function presentSignal(
  row: referralStore.SignalRow,
  personName: string | null,
  agency: { id: string; name: string } | undefined,
) {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    personId: row.personId,
    personName,
    indicators: row.indicators,
    note: row.note,
    location: row.location,
    observedOn: row.observedOn,
    agency: agency ?? { id: row.agencyOrganisationId, name: '' },
  };
}

/** Files a signal: opens a trafficking case owned by the agency; the answer never names the case. */
export async function fileSignal(ctx: Ctx, input: SignalInput) {
  requirePermission(ctx, 'cases.signal');
  const unknown = input.indicators.filter((i) => !(TRAFFICKING_INDICATORS as readonly string[]).includes(i));
  if (unknown.length > 0) {
    throw invalid(`Unknown indicators: ${unknown.join(', ')}`, [
      { field: 'indicators', message: `One of ${TRAFFICKING_INDICATORS.join(', ')}` },
    ]);
  }
  return inTransaction(ctx, async (tx, txCtx) => {
    const person = await personSummary(txCtx, input.personId);
    const known = await agencies(tx);
    const agency = input.agencyOrganisationId
      ? known.find((a) => a.id === input.agencyOrganisationId)
      : known.length === 1
        ? known[0]
        : undefined;
    if (!agency) {
      throw ruleViolated(
        input.agencyOrganisationId
          ? 'That organisation is not an anti-trafficking agency'
          : 'Choose the anti-trafficking agency to signal to',
        [
          {
            field: 'agencyOrganisationId',
            message: known.length === 0 ? 'No agency is registered' : 'Choose one',
          },
        ],
      );
    }
    const row = await openCase(
      tx,
      txCtx,
      {
        type: 'trafficking',
        title: `Signal: ${`${person.givenNames} ${person.surname}`.trim()}`,
        persons: [{ personId: input.personId, role: 'victim' }],
        data: { indicators: input.indicators },
      },
      { organisationId: agency.id, userId: null },
    );
    const signal = await referralStore.insertSignal(tx, {
      caseId: row.id,
      personId: input.personId,
      indicators: input.indicators,
      note: input.note ?? '',
      location: input.location ?? null,
      observedOn: input.observedOn ?? null,
      agencyOrganisationId: agency.id,
      signalledBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      signalledByOrganisationId: actorOrganisationId(ctx.actor),
      createdAt: txCtx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'cases.signal.create',
      entityType: 'case-signal',
      entityId: signal.id,
      fields: ['person', 'indicators', 'note'],
    });
    return presentSignal(signal, `${person.givenNames} ${person.surname}`.trim(), agency);
  });
}

/** The signals the caller filed (only theirs; nothing of the cases they opened). */
export async function mySignals(ctx: Ctx) {
  requirePermission(ctx, 'cases.signal');
  if (ctx.actor.kind !== 'user') {
    return { signals: [] };
  }
  const userId = ctx.actor.userId;
  return inTransaction(ctx, async (tx, txCtx) => {
    const rows = await referralStore.selectSignalsBy(tx, userId);
    const persons = await visiblePersonSummaries(
      txCtx,
      rows.map((r) => r.personId),
    );
    const names = await store.organisationNames(
      tx,
      rows.map((r) => r.agencyOrganisationId),
    );
    await recordAudit(tx, ctx, {
      action: 'cases.signal.list',
      entityType: 'case-signal',
      fields: ['person', 'indicators'],
      detail: { count: rows.length },
    });
    return {
      signals: rows.map((r) => {
        const p = persons.get(r.personId);
        return presentSignal(
          r,
          p ? `${p.givenNames} ${p.surname}`.trim() : null,
          names.get(r.agencyOrganisationId),
        );
      }),
    };
  });
}

const GENDER: Record<string, string> = {
  M: 'Masculine',
  F: 'Feminine',
  X: 'NonSpecifiedUnknown',
  U: 'NonSpecifiedUnknown',
};

function caseStatus(state: string, closed: boolean, referredAway: boolean): string {
  if (closed) {
    return referredAway ? 'ClosedReferred' : 'Closed';
  }
  return state === 'follow-up' ? 'FollowUp' : 'Active';
}

const list = (value: unknown) => (Array.isArray(value) ? value.map(String).join(';') : '');
const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** The visible trafficking cases opened in the period as HTCDS CSV: one row per person of each case (audited). */
export async function htcdsExport(ctx: Ctx, period: { from?: string; to?: string }) {
  requirePermission(ctx, 'trafficking.cases');
  return inTransaction(ctx, async (tx, txCtx) => {
    const policy = caseAccessPolicy(ctx);
    const { rows } = await store.selectCases(
      tx,
      policy,
      { type: 'trafficking', includeClosed: true },
      { limit: 100_000, offset: 0 },
    );
    const inPeriod = rows.filter(
      (r) =>
        (!period.from || r.row.openedAt >= new Date(`${period.from}T00:00:00Z`)) &&
        (!period.to || r.row.openedAt.getTime() < new Date(`${period.to}T00:00:00Z`).getTime() + 86_400_000),
    );
    const ids = inPeriod.map((r) => r.row.id);
    const casePersons = await store.selectCasePersons(tx, ids);
    const summaries = await visiblePersonSummaries(
      txCtx,
      casePersons.map((p) => p.personId),
    );
    const lines: {
      c: (typeof inPeriod)[number]['row'];
      personId: string | null;
      consent: boolean;
      referral: Awaited<ReturnType<typeof referralStore.selectReferrals>>[number] | undefined;
      signal: referralStore.SignalRow | undefined;
    }[] = [];
    for (const { row } of inPeriod) {
      const consents = await parts.selectConsents(tx, row.id);
      const referrals = await referralStore.selectReferrals(
        tx,
        { ...policy, everything: true },
        { caseId: row.id },
      );
      const signal = await referralStore.selectSignalOfCase(tx, row.id);
      const people = casePersons.filter((p) => p.caseId === row.id);
      for (const person of people.length > 0 ? people : [{ personId: null }]) {
        lines.push({
          c: row,
          personId: person.personId,
          consent: consents.some((x) => !x.withdrawnAt),
          referral: referrals[0],
          signal,
        });
      }
    }
    const orgs = await store.organisationNames(
      tx,
      lines.flatMap((l) => [
        l.referral?.referral.toOrganisationId ?? null,
        l.signal?.signalledByOrganisationId ?? null,
      ]),
    );
    const users = await store.userNames(
      tx,
      lines.map((l) => l.c.ownerUserId),
    );
    await recordAudit(tx, ctx, {
      action: 'cases.trafficking.export',
      entityType: 'case',
      fields: ['persons', 'details', 'referrals'],
      detail: { cases: ids.length, rows: lines.length },
    });
    const p = (l: (typeof lines)[number]) => (l.personId ? summaries.get(l.personId) : undefined);
    return toCsv(lines, [
      { header: 'prs_IdentityNumber', value: (l) => p(l)?.registrationNumber },
      { header: 'prs_FirstName', value: (l) => p(l)?.givenNames },
      { header: 'prs_SecondName', value: (l) => p(l)?.surname },
      { header: 'prs_Birthdate', value: (l) => p(l)?.dateOfBirth },
      { header: 'prs_Gender', value: (l) => (p(l) ? GENDER[p(l)!.sex] : '') },
      { header: 'prs_Citizenship', value: (l) => list(p(l)?.nationalities) },
      {
        header: 'vic_AgreementToManagePersonalData',
        value: (l) => text(l.c.data.vic_AgreementToManagePersonalData),
      },
      { header: 'vic_TraffickingStatus', value: (l) => text(l.c.data.vic_TraffickingStatus) },
      {
        header: 'vic_TraffickingStatusDecisionMakingOrg',
        value: (l) => text(l.c.data.vic_TraffickingStatusDecisionMakingOrg),
      },
      { header: 'vic_RelationshipToTrafficker', value: (l) => text(l.c.data.vic_RelationshipToTrafficker) },
      { header: 'vic_AgeWhenTrafficked', value: (l) => text(l.c.data.vic_AgeWhenTrafficked) },
      { header: 'vic_MethodOfRecruitment', value: (l) => list(l.c.data.vic_MethodOfRecruitment) },
      { header: 'vic_MethodsOfControl', value: (l) => list(l.c.data.vic_MethodsOfControl) },
      { header: 'vic_TypeOfExploitation', value: (l) => list(l.c.data.vic_TypeOfExploitation) },
      { header: 'vic_ForcedLabourIndustry', value: (l) => text(l.c.data.vic_ForcedLabourIndustry) },
      { header: 'vic_TypeOfSexExploitation', value: (l) => list(l.c.data.vic_TypeOfSexExploitation) },
      { header: 'vic_Vulnerabilities', value: (l) => list(l.c.data.vic_Vulnerabilities) },
      { header: 'vic_DetailsOfVulnerabilities', value: (l) => text(l.c.data.vic_DetailsOfVulnerabilities) },
      { header: 'hte_Country', value: (l) => text(l.c.data.hte_Country) },
      { header: 'hte_Type', value: (l) => text(l.c.data.hte_Type) },
      { header: 'spl_Type', value: (l) => text(l.c.data.spl_Type) },
      {
        header: 'cas_Status',
        value: (l) => caseStatus(l.c.state, !!l.c.closedAt, l.referral?.referral.status === 'completed'),
      },
      { header: 'cas_ReasonForCaseClosure', value: (l) => l.c.closureReason },
      {
        header: 'cas_CaseOwner',
        value: (l) => (l.c.ownerUserId ? users.get(l.c.ownerUserId)?.displayName : ''),
      },
      {
        header: 'cas_ReferringOrganisation',
        value: (l) =>
          l.signal?.signalledByOrganisationId ? orgs.get(l.signal.signalledByOrganisationId)?.name : '',
      },
      { header: 'cas_IncomingReferralDate', value: (l) => l.signal?.createdAt.toISOString().slice(0, 10) },
      {
        header: 'cas_ReferredOrganisation',
        value: (l) => (l.referral ? orgs.get(l.referral.referral.toOrganisationId)?.name : ''),
      },
      { header: 'cas_ReasonForOutgoingReferral', value: (l) => l.referral?.referral.reason },
      {
        header: 'cas_OutgoingReferralDate',
        value: (l) => l.referral?.referral.createdAt.toISOString().slice(0, 10),
      },
      { header: 'con_Consent', value: (l) => String(l.consent) },
    ]);
  });
}
