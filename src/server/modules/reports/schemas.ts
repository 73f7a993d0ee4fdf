/** Zod schemas of reporting's HTTP: the filter, the indicator keys and modules, and the answers (shown in /api/docs). */
import { z } from 'zod';
import { INDICATORS, REPORT_MODULES } from './catalogue';

const keys = INDICATORS.map((d) => d.key) as [string, ...string[]];

export const filterQuery = z.object({
  from: z.iso.date().optional().describe('First local day of the period (Europe/Bucharest), YYYY-MM-DD; default 29 days before `to`'),
  to: z.iso.date().optional().describe('Last local day of the period, included; default today'),
  siteId: z.uuid().optional().describe('Only this site (indicators whose `filters.site` is true)'),
  organisationId: z.uuid().optional().describe('Only this organisation (indicators whose `filters.organisation` is true)'),
});

export const exportQuery = filterQuery.extend({ format: z.enum(['csv', 'xlsx']).default('csv') });

// Plain strings, so an unknown key answers 404 as a key the caller may not see does.
export const keyParams = z.object({ key: z.string().max(64).describe(`An indicator key: ${keys.join(', ')}`) });
export const moduleParams = z.object({ module: z.string().max(32).describe(`A module: ${REPORT_MODULES.join(', ')}`) });

const cell = z.union([z.string(), z.number(), z.null()]);

const row = z.object({
  values: z.record(z.string(), cell),
  suppressed: z.record(z.string(), z.boolean()),
  suppressedAs: z
    .record(z.string(), z.enum(['small', 'secondary']))
    .describe('The hidden cells only: `small` for a count from 1 to threshold − 1, `secondary` for a larger count, a total or a measure hidden to protect a small one'),
  refs: z.object({ siteId: z.string().optional(), organisationId: z.string().optional() }).optional(),
});

const column = z.object({
  key: z.string(),
  titleKey: z.string(),
  kind: z.enum(['label', 'count', 'figure', 'measure']),
  codes: z.string().optional(),
  unit: z.literal('seconds').optional(),
  sumOf: z.array(z.string()).optional(),
  dependsOn: z.array(z.string()).optional(),
});

export const indicatorSchema = z.object({
  key: z.string(),
  module: z.enum(REPORT_MODULES),
  titleKey: z.string(),
  descriptionKey: z.string(),
  filters: z.object({ site: z.boolean(), organisation: z.boolean() }),
  personal: z.boolean(),
  recordAccess: z.boolean(),
  chart: z.object({ type: z.enum(['bar', 'stacked-bar']), x: z.string(), series: z.array(z.string()) }),
  columns: z.array(column),
  rows: z.array(row),
  total: row.nullable(),
  anySuppressed: z.boolean(),
});

export const reportSchema = z.object({
  filter: z.object({ from: z.string(), to: z.string(), siteId: z.string().nullable(), organisationId: z.string().nullable(), timeZone: z.string() }),
  suppression: z.object({ threshold: z.number().int() }),
  indicators: z.array(indicatorSchema),
});

export const dashboardsSchema = z.object({
  dashboards: z.array(z.object({ module: z.enum(REPORT_MODULES), indicators: z.array(z.string()) })),
});

export const filterChoicesSchema = z.object({
  sites: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), type: z.string() })),
  organisations: z.array(z.object({ id: z.string(), name: z.string(), type: z.string() })),
});
