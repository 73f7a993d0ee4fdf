/** A person's asylum overview: applications, screenings and flags the caller may see, the minor's file, follow-ups. */
import { can, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { applicationScope, visiblePerson } from './applications';
import { followUpScope, presentFollowUps } from './follow-ups';
import * as minorStore from './minor-store';
import { describeMinorFile, minorScope } from './minors';
import { summariseApplication } from './presenter';
import { flagScope, screeningScope } from './screening';
import * as screeningStore from './screening-store';
import { asylumToday, currentSettings } from './settings';
import * as store from './store';

/** Everything asylum holds about one person that the caller may see; audited. */
export async function personOverview(ctx: Ctx, personId: string) {
  requirePermission(ctx, 'reception.read');
  return inTransaction(ctx, async (tx, txCtx) => {
    const person = await visiblePerson(txCtx, personId);
    const settings = await currentSettings(tx);
    const today = asylumToday(ctx);
    const { rows } = await store.selectApplications(tx, { personId, limit: 100, offset: 0 }, applicationScope(ctx));
    const siteNames = await store.selectSiteNames(tx, rows.map((r) => r.siteId));
    const screenings = await screeningStore.selectScreeningsOf(tx, personId, screeningScope(ctx));
    const flags = await screeningStore.selectFlagsOf(tx, personId, flagScope(ctx));
    const minorFile = await minorStore.selectMinorFile(tx, personId, minorScope(ctx));
    const followUps = await screeningStore.selectFollowUps(tx, { status: '', personId }, followUpScope(ctx));
    const known = new Map([[person.id, person]]);
    await recordAudit(tx, ctx, { action: 'asylum.person.read', entityType: 'person', entityId: personId, fields: ['applications', 'screenings', 'vulnerabilities', 'minorFile', 'followUps'] });
    return {
      person,
      applications: rows.map((row) => summariseApplication(row, person, siteNames.get(row.siteId), today, settings.dueSoonDays)),
      screenings: screenings.map((s) => ({ id: s.id, screenedOn: s.screenedOn, version: s.version, flagged: s.flagged })),
      vulnerabilities: flags.map((f) => ({ category: f.category, screeningId: f.screeningId, screenedOn: f.screenedOn })),
      minorFile: minorFile ? await describeMinorFile(txCtx, minorFile) : null,
      followUps: await presentFollowUps(txCtx, followUps, known),
      can: {
        lodge: can(ctx, 'reception.manage') && can(ctx, 'people.write'),
        screen: can(ctx, 'reception.manage'),
        openMinorFile: can(ctx, 'reception.manage') && !minorFile,
      },
    };
  });
}
