/**
 * Document figures for national indicators and dashboards: documents issued (approved with a national
 * number and an issue date) per issuing office and type, within the caller's document scope. No audit
 * here: the reporting service audits the request.
 */
import { and, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import { sites } from '../../platform/auth/tables';
import type { Ctx } from '../../platform/context';
import { documentScope } from './holders';
import { documentTypes, issuedDocuments } from './tables';

/** The period's local days, optionally the office and the document's organisation. */
export interface DocumentIndicatorFilter {
  from: string;
  to: string;
  siteId?: string;
  organisationId?: string;
}

/** Documents whose issue date lies in the period, per office and type, by office name then most issued. */
export async function issuedPerOffice(ctx: Ctx, filter: DocumentIndicatorFilter) {
  requirePermission(ctx, 'reports.read');
  const d = issuedDocuments;
  const rows = await ctx.db
    .select({ siteId: d.siteId, typeCode: d.typeCode, issued: sql<number>`count(*)::int` })
    .from(d)
    .where(
      and(
        isNotNull(d.issuedOn),
        gte(d.issuedOn, filter.from),
        lte(d.issuedOn, filter.to),
        documentScope(ctx),
        filter.siteId ? eq(d.siteId, filter.siteId) : undefined,
        filter.organisationId ? eq(d.organisationId, filter.organisationId) : undefined,
      ),
    )
    .groupBy(d.siteId, d.typeCode);
  const siteIds = [...new Set(rows.map((r) => r.siteId))];
  const offices = new Map(siteIds.length === 0 ? [] : (await ctx.db.select({ id: sites.id, name: sites.name }).from(sites).where(inArray(sites.id, siteIds))).map((s) => [s.id, s.name]));
  const types = new Map((await ctx.db.select({ code: documentTypes.code, name: documentTypes.nameEn }).from(documentTypes)).map((t) => [t.code, t.name]));
  return rows
    .map((r) => ({ siteId: r.siteId, office: offices.get(r.siteId) ?? '', type: r.typeCode, typeName: types.get(r.typeCode) ?? r.typeCode, issued: r.issued }))
    .sort((a, b) => a.office.localeCompare(b.office) || b.issued - a.issued || a.type.localeCompare(b.type));
}
