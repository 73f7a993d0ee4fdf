/** Referrals as the caller sees them (names of organisations resolved). */
import type { Executor } from '../../platform/db/client';
import type { CaseAccessPolicy } from './access';
import { presentReferral } from './presenter';
import * as referralStore from './referral-store';
import * as store from './store';

/** The referrals matching `filter` that the caller's organisation sent or received (or all of a case they fully see). */
export async function presentReferrals(
  db: Executor,
  policy: CaseAccessPolicy,
  filter: Parameters<typeof referralStore.selectReferrals>[2],
) {
  const rows = await referralStore.selectReferrals(db, policy, filter);
  const names = await store.organisationNames(
    db,
    rows.flatMap((r) => [r.referral.fromOrganisationId, r.referral.toOrganisationId]),
  );
  return rows.map((row) => presentReferral(row, names, policy));
}
