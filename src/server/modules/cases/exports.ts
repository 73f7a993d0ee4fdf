/**
 * Lists of case management beyond the case list (`casesExport` in case-lists.ts) as streamed exports: the
 * referrals sent or received by the caller's organisation, and the trafficking signals the caller filed.
 * Each reads through its list's own condition: a referral only on a case whose labels and type the caller
 * may see, a signal only the caller's own (never the case it opened).
 */
import { requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { rowsAfter } from '../../platform/export/keyset';
import { keysetExport } from '../../platform/export/stream';
import { visiblePersonSummaries } from '../people/service';
import { caseAccessPolicy } from './access';
import * as referralStore from './referral-store';
import * as store from './store';
import { caseReferrals, caseSignals } from './tables';

type ReferralRead = Awaited<ReturnType<typeof referralStore.selectReferralsAfter>>[number];
interface ReferralLine {
  row: ReferralRead;
  from: string;
  to: string;
}

/** The referrals of the list's filter (direction, status), newest first. */
export function referralsExport(ctx: Ctx, filter: { direction?: 'incoming' | 'outgoing'; status?: string }) {
  requirePermission(ctx, 'cases.read');
  const policy = caseAccessPolicy(ctx);
  const listFilter = { direction: filter.direction, status: filter.status };
  return keysetExport({
    list: 'cases.referrals',
    entityType: 'case-referral',
    filter: { direction: filter.direction ?? null, status: filter.status ?? null },
    columns: [
      { header: 'sentAt', value: (l: ReferralLine) => l.row.referral.createdAt },
      { header: 'caseReference', value: (l: ReferralLine) => l.row.caseReference },
      { header: 'caseType', value: (l: ReferralLine) => l.row.caseType },
      { header: 'kind', value: (l: ReferralLine) => l.row.referral.kind },
      { header: 'fromOrganisation', value: (l: ReferralLine) => l.from },
      { header: 'toOrganisation', value: (l: ReferralLine) => l.to },
      { header: 'reason', value: (l: ReferralLine) => l.row.referral.reason },
      { header: 'details', value: (l: ReferralLine) => l.row.referral.details },
      { header: 'sections', value: (l: ReferralLine) => l.row.referral.sections.join('; ') },
      { header: 'status', value: (l: ReferralLine) => l.row.referral.status },
      { header: 'respondedAt', value: (l: ReferralLine) => l.row.referral.respondedAt },
      { header: 'responseNote', value: (l: ReferralLine) => l.row.referral.responseNote },
      { header: 'endedAt', value: (l: ReferralLine) => l.row.referral.endedAt },
    ],
    count: () => referralStore.countReferrals(ctx.db, policy, listFilter),
    read: async (lastId, limit) =>
      (await referralStore.selectReferralsAfter(ctx.db, policy, listFilter, rowsAfter(caseReferrals, caseReferrals.createdAt, caseReferrals.id, 'desc', lastId), limit)).map((row) => ({
        ...row,
        id: row.referral.id,
      })),
    present: async (rows) => {
      const names = await store.organisationNames(
        ctx.db,
        rows.flatMap((r) => [r.referral.fromOrganisationId, r.referral.toOrganisationId]),
      );
      return rows.map((row): ReferralLine => ({ row, from: names.get(row.referral.fromOrganisationId)?.name ?? '', to: names.get(row.referral.toOrganisationId)?.name ?? '' }));
    },
  });
}

interface SignalLine {
  row: referralStore.SignalRow;
  person: string | null;
  agency: string;
}

/** The signals the caller filed, newest first (a signal never names the case it opened). */
export function signalsExport(ctx: Ctx) {
  requirePermission(ctx, 'cases.signal');
  // Only a person files signals: any other caller has none, as the list answers.
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  return keysetExport({
    list: 'cases.signals',
    entityType: 'case-signal',
    // The list has no filter: it is the caller's own signals.
    filter: {},
    columns: [
      { header: 'filedAt', value: (l: SignalLine) => l.row.createdAt },
      { header: 'person', value: (l: SignalLine) => l.person },
      { header: 'indicators', value: (l: SignalLine) => l.row.indicators.join('; ') },
      { header: 'observedOn', value: (l: SignalLine) => l.row.observedOn },
      { header: 'location', value: (l: SignalLine) => l.row.location },
      { header: 'note', value: (l: SignalLine) => l.row.note },
      { header: 'agency', value: (l: SignalLine) => l.agency },
    ],
    count: async () => (userId ? referralStore.countSignalsBy(ctx.db, userId) : 0),
    read: async (lastId, limit) => (userId ? referralStore.selectSignalsByAfter(ctx.db, userId, rowsAfter(caseSignals, caseSignals.createdAt, caseSignals.id, 'desc', lastId), limit) : []),
    present: async (rows) => {
      // The person's name only where the caller may still see them, as the list shows it.
      const [persons, agencies] = await Promise.all([
        visiblePersonSummaries(ctx, rows.map((r) => r.personId)),
        store.organisationNames(ctx.db, rows.map((r) => r.agencyOrganisationId)),
      ]);
      return rows.map((row): SignalLine => {
        const person = persons.get(row.personId);
        return { row, person: person ? `${person.givenNames} ${person.surname}`.trim() : null, agency: agencies.get(row.agencyOrganisationId)?.name ?? '' };
      });
    },
  });
}
