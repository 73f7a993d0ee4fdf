/**
 * Reporting's use cases: the indicators a caller may see (national page, one indicator, a module's
 * dashboard), each counted by its owning module within the caller's scope, with small counts suppressed
 * for callers without record access; one audit entry per request that reads figures derived from
 * personal data; downloads as CSV or XLSX, audited with their filter.
 */
import { asc, desc, eq, sql } from 'drizzle-orm';
import { can, clearancesOf, hasNationalScope, recordScope, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { organisations, sites } from '../../platform/auth/tables';
import { actorOrganisationId, inTransaction, type Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { INDICATORS, REPORT_MODULES, type IndicatorDefinition, type ReportModule } from './catalogue';
import { describeFilter, resolveFilter, type FilterQuery, type IndicatorFilter } from './filter';
import { indicatorCsv, indicatorXlsx } from './files';
import { suppressSmallCounts } from './suppression';
import { totalOf } from './table';

/** How small counts are treated: hidden from 1 to `threshold − 1` for callers without record access. */
export interface SuppressionSettings {
  threshold: number;
}

/** The indicators that exist for the caller: those behind a label need its clearance. */
export function visibleIndicators(ctx: Ctx): IndicatorDefinition[] {
  const cleared = new Set(clearancesOf(ctx));
  return INDICATORS.filter((d) => !d.label || cleared.has(d.label));
}

/** True when the caller may open the rows behind the indicator (no suppression then). */
export function hasRecordAccess(ctx: Ctx, definition: IndicatorDefinition): boolean {
  return definition.recordAccess.every((p) => can(ctx, p));
}

/** One indicator counted and presented for the caller. */
async function presentIndicator(ctx: Ctx, definition: IndicatorDefinition, filter: IndicatorFilter, settings: SuppressionSettings) {
  const { rows, measures } = await definition.compute(ctx, filter);
  const recordAccess = !definition.personal || hasRecordAccess(ctx, definition);
  const shown = suppressSmallCounts(definition.columns, rows, totalOf(definition.columns, rows, measures), settings.threshold, !recordAccess);
  const all = shown.total ? [...shown.rows, shown.total] : shown.rows;
  return {
    key: definition.key,
    module: definition.module,
    titleKey: `indicators.${definition.key}.title`,
    descriptionKey: `indicators.${definition.key}.description`,
    filters: definition.filters,
    personal: definition.personal,
    recordAccess,
    chart: definition.chart,
    columns: definition.columns,
    rows: shown.rows,
    total: shown.total,
    anySuppressed: all.some((row) => Object.values(row.suppressed).some(Boolean)),
  };
}

export type PresentedIndicator = Awaited<ReturnType<typeof presentIndicator>>;

/** Counts `definitions` in one transaction and audits the request once when any is derived from personal data. */
async function report(ctx: Ctx, definitions: readonly IndicatorDefinition[], query: FilterQuery, settings: SuppressionSettings) {
  requirePermission(ctx, 'reports.read');
  const filter = resolveFilter(query, ctx.now());
  return inTransaction(ctx, async (tx, txCtx) => {
    const indicators: PresentedIndicator[] = [];
    for (const definition of definitions) {
      indicators.push(await presentIndicator(txCtx, definition, filter, settings));
    }
    const personal = definitions.filter((d) => d.personal);
    if (personal.length > 0) {
      await recordAudit(tx, ctx, {
        action: 'reports.indicators.read',
        entityType: 'indicator',
        detail: { filter: describeFilter(filter), indicators: personal.map((d) => d.key), suppressed: indicators.filter((i) => i.anySuppressed).map((i) => i.key) },
      });
    }
    return { filter: describeFilter(filter), suppression: { threshold: settings.threshold }, indicators };
  });
}

/** An indicator that exists for the caller, or 404 (unknown and not cleared answer alike). */
function visibleIndicator(ctx: Ctx, key: string): IndicatorDefinition {
  const definition = visibleIndicators(ctx).find((d) => d.key === key);
  if (!definition) {
    throw notFound('Indicator');
  }
  return definition;
}

/** The national indicators page: every indicator the caller may see. */
export function nationalIndicators(ctx: Ctx, query: FilterQuery, settings: SuppressionSettings) {
  return report(ctx, visibleIndicators(ctx), query, settings);
}

/** One indicator by key. */
export function oneIndicator(ctx: Ctx, key: string, query: FilterQuery, settings: SuppressionSettings) {
  return report(ctx, [visibleIndicator(ctx, key)], query, settings);
}

/** A module's dashboard: its indicators the caller may see; 404 for an unknown module or one with none. */
export function moduleDashboard(ctx: Ctx, module: string, query: FilterQuery, settings: SuppressionSettings) {
  const definitions = visibleIndicators(ctx).filter((d) => d.module === module);
  if (definitions.length === 0) {
    throw notFound('Dashboard');
  }
  return report(ctx, definitions, query, settings);
}

/** The dashboards the caller may open and their indicator keys (nothing counted). */
export function dashboards(ctx: Ctx) {
  requirePermission(ctx, 'reports.read');
  const visible = visibleIndicators(ctx);
  return {
    dashboards: REPORT_MODULES.map((module: ReportModule) => ({ module, indicators: visible.filter((d) => d.module === module).map((d) => d.key) })).filter((d) => d.indicators.length > 0),
  };
}

export type ExportFormat = 'csv' | 'xlsx';

/** One indicator's table as a file, with the same scope and suppression as on screen; audited with its filter. */
export async function exportIndicator(ctx: Ctx, key: string, format: ExportFormat, query: FilterQuery, settings: SuppressionSettings) {
  requirePermission(ctx, 'reports.export');
  const definition = visibleIndicator(ctx, key);
  const filter = resolveFilter(query, ctx.now());
  return inTransaction(ctx, async (tx, txCtx) => {
    const indicator = await presentIndicator(txCtx, definition, filter, settings);
    await recordAudit(tx, ctx, {
      action: 'reports.indicators.export',
      entityType: 'indicator',
      entityId: key,
      detail: { filter: describeFilter(filter), format, personal: definition.personal, suppressed: indicator.anySuppressed },
    });
    const filename = `${key}_${filter.from}_${filter.to}.${format}`;
    const body = format === 'csv' ? indicatorCsv(indicator, settings.threshold) : await indicatorXlsx(indicator, settings.threshold);
    return { filename, body, contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  });
}

/** The sites and organisations the caller may filter by: all for national roles, else their own; active first, by name. */
export async function filterChoices(ctx: Ctx) {
  requirePermission(ctx, 'reports.read');
  const national = hasNationalScope(ctx);
  const siteRows = await ctx.db
    .select({ id: sites.id, code: sites.code, name: sites.name, type: sites.type })
    .from(sites)
    .where(recordScope(ctx, { site: sites.id }))
    .orderBy(desc(sites.active), asc(sites.name));
  const own = actorOrganisationId(ctx.actor);
  const organisationRows = await ctx.db
    .select({ id: organisations.id, name: organisations.name, type: organisations.type })
    .from(organisations)
    .where(national ? undefined : own ? eq(organisations.id, own) : sql`false`)
    .orderBy(desc(organisations.active), asc(organisations.name));
  return { sites: siteRows, organisations: organisationRows };
}
