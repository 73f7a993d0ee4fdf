/**
 * The border's part of a subject-access export: the person's crossings (with the vehicle they were in)
 * and the screening alerts about them. Which list entry an alert matched, and the action it asked for,
 * are restricted for public security (and the entry may be another person): the alert shows when it
 * was raised and how it was resolved, not the entry.
 */
import { asc, inArray } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { countSections, type SubjectAccessPart } from '../privacy/contract';
import { iso, siteNames } from '../privacy/reference-names';
import { alerts, crossings, vehicleCrossings } from './tables';

/** What border records hold about these person records. */
export async function subjectAccessBorder(ctx: Ctx, personIds: readonly string[]): Promise<SubjectAccessPart> {
  requirePermission(ctx, 'privacy.subject-access');
  const ids = [...personIds];
  const rows = await ctx.db.select().from(crossings).where(inArray(crossings.personId, ids)).orderBy(asc(crossings.at));
  const vehicleIds = [...new Set(rows.flatMap((c) => (c.vehicleCrossingId ? [c.vehicleCrossingId] : [])))];
  const vehicles = vehicleIds.length > 0 ? await ctx.db.select().from(vehicleCrossings).where(inArray(vehicleCrossings.id, vehicleIds)) : [];
  const alertRows = await ctx.db.select().from(alerts).where(inArray(alerts.personId, ids)).orderBy(asc(alerts.createdAt));
  const names = await siteNames(ctx.db, [...rows.map((c) => c.siteId), ...alertRows.map((a) => a.siteId)]);
  const data = {
    crossings: rows.map((c) => {
      const vehicle = vehicles.find((v) => v.id === c.vehicleCrossingId);
      return {
        at: iso(c.at),
        direction: c.direction,
        borderCrossingPoint: names.get(c.siteId) ?? null,
        lane: c.lane,
        document: { number: c.documentNumber, issuingState: c.documentIssuingState, kind: c.documentKind, expiry: c.documentExpiry, source: c.documentSource, flags: c.documentFlags },
        nationality: c.nationality,
        purpose: c.purpose,
        decision: c.decision,
        refusalReason: c.refusalReason,
        vehicle: vehicle ? { plate: vehicle.plate, country: vehicle.country, type: vehicle.vehicleType, role: c.vehicleRole } : null,
      };
    }),
    alerts: alertRows.map((a) => ({
      raisedAt: iso(a.createdAt),
      borderCrossingPoint: a.siteId ? (names.get(a.siteId) ?? null) : null,
      kind: a.kind,
      status: a.status,
      resolution: a.resolution,
      resolvedAt: iso(a.resolvedAt),
    })),
    restricted: alertRows.length > 0 ? 'The list entries behind the alerts, and the actions they asked for, are not disclosed (public security).' : null,
  };
  const counts = countSections(data);
  delete counts.restricted;
  return { module: 'border', data, counts, withheld: [] };
}
