/**
 * The catalogue of indicators: for each, its columns and chart, whether personal data lies behind it,
 * the permissions that give record access to that data, the label it needs a clearance for, and the
 * owning module's function that counts it.
 */
import type { Permission, SensitivityLabel } from '../../platform/access/permissions';
import type { Ctx } from '../../platform/context';
import { organisationsWithAccess } from '../admin/indicators';
import { applicationsAndDecisions } from '../asylum/indicators';
import { alertsByOutcome, crossingsPerBcp } from '../border/indicators';
import { casesByTypeAndState, returnsByCountry, traffickingCasesByState } from '../cases/indicators';
import { issuedPerOffice } from '../documents/indicators';
import { callsByTopicAndLanguage, searchesByLanguage } from '../knowledge/indicators';
import { sumFigures } from '../reception/capacity';
import { occupancyByCentre } from '../reception/indicators';
import { peopleTrained } from '../training/indicators';
import type { IndicatorFilter } from './filter';
import { column, type CellValue, type Column, type RawRow } from './table';

export const REPORT_MODULES = ['border', 'reception', 'asylum', 'cases', 'documents', 'knowledge', 'training', 'admin'] as const;
export type ReportModule = (typeof REPORT_MODULES)[number];

export interface IndicatorDefinition {
  key: string;
  module: ReportModule;
  /** Derived from personal data: audited when read, suppressed without record access. */
  personal: boolean;
  /** Every permission needed to open the rows behind it (empty: nothing personal behind it). */
  recordAccess: Permission[];
  /** The clearance without which the indicator does not exist for the caller. */
  label?: SensitivityLabel;
  filters: { site: boolean; organisation: boolean };
  chart: { type: 'bar' | 'stacked-bar'; x: string; series: string[] };
  columns: Column[];
  /** The rows as counted, and the measures of the total row (computed by the owner over all rows). */
  compute(ctx: Ctx, filter: IndicatorFilter): Promise<{ rows: RawRow[]; measures?: Record<string, CellValue> }>;
}

const toSeconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 1000));
const rowsOf = (rows: RawRow[]) => ({ rows });
const ALERT_COLUMNS = { open: 'open', confirmed: 'confirmed', falsePositive: 'false-positive', closed: 'closed' } as const;
const OUTCOME_COLUMNS = { grantedRefugee: 'granted-refugee', grantedSubsidiary: 'granted-subsidiary', rejected: 'rejected', withdrawn: 'withdrawn' } as const;
/** The end of the period, or now when that is still to come (access and occupancy are read then). */
const endOf = (ctx: Ctx, filter: IndicatorFilter) => new Date(Math.min(filter.between.to.getTime(), ctx.now().getTime()));

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    key: 'border.crossings',
    module: 'border',
    personal: true,
    recordAccess: ['border.crossings.read'],
    filters: { site: true, organisation: true },
    chart: { type: 'stacked-bar', x: 'bcp', series: ['entry', 'exit', 'transit'] },
    columns: [
      column('bcp', 'label'),
      column('entry', 'count'),
      column('exit', 'count'),
      column('transit', 'count'),
      column('total', 'count', { sumOf: ['entry', 'exit', 'transit'] }),
      column('medianSeconds', 'measure', { unit: 'seconds', dependsOn: ['total'] }),
    ],
    async compute(ctx, filter) {
      const { bcps, medianMs } = await crossingsPerBcp(ctx, filter);
      return {
        rows: bcps.map((b) => ({ values: { bcp: b.name, entry: b.entry, exit: b.exit, transit: b.transit, total: b.total, medianSeconds: toSeconds(b.medianMs) }, refs: { siteId: b.siteId } })),
        measures: { medianSeconds: toSeconds(medianMs) },
      };
    },
  },
  {
    key: 'border.alerts',
    module: 'border',
    personal: true,
    recordAccess: ['border.crossings.read'],
    filters: { site: true, organisation: true },
    chart: { type: 'stacked-bar', x: 'action', series: Object.keys(ALERT_COLUMNS) },
    columns: [
      column('action', 'label', { codes: 'hitAction' }),
      ...Object.keys(ALERT_COLUMNS).map((key) => column(key, 'count')),
      column('total', 'count', { sumOf: Object.keys(ALERT_COLUMNS) }),
    ],
    async compute(ctx, filter) {
      return rowsOf(
        (await alertsByOutcome(ctx, filter)).map(({ action, statuses }) => {
          const values: Record<string, CellValue> = { action };
          for (const [key, status] of Object.entries(ALERT_COLUMNS)) {
            values[key] = statuses[status];
          }
          values.total = Object.values(statuses).reduce((sum, n) => sum + n, 0);
          return { values };
        }),
      );
    },
  },
  {
    key: 'reception.occupancy',
    module: 'reception',
    personal: true,
    recordAccess: ['reception.read'],
    filters: { site: true, organisation: true },
    chart: { type: 'stacked-bar', x: 'centre', series: ['occupied', 'reserved', 'blocked', 'free'] },
    columns: [
      column('centre', 'label'),
      column('capacity', 'figure'),
      column('blocked', 'figure'),
      column('occupied', 'count'),
      column('reserved', 'count'),
      column('free', 'measure', { dependsOn: ['occupied', 'reserved'] }),
    ],
    async compute(ctx, filter) {
      const centres = await occupancyByCentre(ctx, { day: filter.to, siteId: filter.siteId, organisationId: filter.organisationId });
      return {
        rows: centres.map((c) => ({ values: { centre: c.name, capacity: c.capacity, blocked: c.blocked, occupied: c.occupied, reserved: c.reserved, free: c.free }, refs: { siteId: c.siteId, organisationId: c.organisationId } })),
        measures: { free: sumFigures(centres).free },
      };
    },
  },
  {
    key: 'asylum.applications',
    module: 'asylum',
    personal: true,
    recordAccess: ['reception.read'],
    filters: { site: true, organisation: true },
    chart: { type: 'bar', x: 'site', series: ['lodged', 'decided'] },
    columns: [
      column('site', 'label'),
      column('lodged', 'count'),
      ...Object.keys(OUTCOME_COLUMNS).map((key) => column(key, 'count')),
      column('decided', 'count', { sumOf: Object.keys(OUTCOME_COLUMNS) }),
    ],
    async compute(ctx, filter) {
      return rowsOf(
        (await applicationsAndDecisions(ctx, filter)).map((r) => {
          const values: Record<string, CellValue> = { site: r.site, lodged: r.lodged };
          for (const [key, outcome] of Object.entries(OUTCOME_COLUMNS)) {
            values[key] = r.decisions[outcome];
          }
          values.decided = Object.values(r.decisions).reduce((sum, n) => sum + n, 0);
          return { values, refs: { siteId: r.siteId } };
        }),
      );
    },
  },
  {
    key: 'cases.by-type-status',
    module: 'cases',
    personal: true,
    recordAccess: ['cases.read'],
    filters: { site: false, organisation: true },
    chart: { type: 'stacked-bar', x: 'type', series: ['cases'] },
    columns: [column('type', 'label', { codes: 'caseType' }), column('state', 'label', { codes: 'caseState' }), column('cases', 'count')],
    async compute(ctx, filter) {
      return rowsOf((await casesByTypeAndState(ctx, filter)).map((r) => ({ values: { type: r.type, state: r.state, cases: r.cases } })));
    },
  },
  {
    key: 'cases.trafficking',
    module: 'cases',
    personal: true,
    recordAccess: ['cases.read', 'trafficking.cases'],
    label: 'trafficking',
    filters: { site: false, organisation: true },
    chart: { type: 'bar', x: 'state', series: ['cases'] },
    columns: [column('state', 'label', { codes: 'caseState' }), column('cases', 'count')],
    async compute(ctx, filter) {
      return rowsOf((await traffickingCasesByState(ctx, filter)).map((r) => ({ values: { state: r.state, cases: r.cases } })));
    },
  },
  {
    key: 'cases.returns',
    module: 'cases',
    personal: true,
    recordAccess: ['cases.read'],
    filters: { site: false, organisation: true },
    chart: { type: 'bar', x: 'country', series: ['cases', 'departed'] },
    columns: [column('country', 'label', { codes: 'country' }), column('cases', 'count'), column('departed', 'count')],
    async compute(ctx, filter) {
      return rowsOf((await returnsByCountry(ctx, filter)).map((r) => ({ values: { country: r.country, cases: r.cases, departed: r.departed } })));
    },
  },
  {
    key: 'documents.issued-by-office',
    module: 'documents',
    personal: true,
    recordAccess: ['documents.read'],
    filters: { site: true, organisation: true },
    chart: { type: 'stacked-bar', x: 'office', series: ['issued'] },
    columns: [column('office', 'label'), column('type', 'label', { codes: 'documentType' }), column('typeName', 'label'), column('issued', 'count')],
    async compute(ctx, filter) {
      return rowsOf((await issuedPerOffice(ctx, filter)).map((r) => ({ values: { office: r.office, type: r.type, typeName: r.typeName, issued: r.issued }, refs: { siteId: r.siteId } })));
    },
  },
  {
    key: 'knowledge.searches',
    module: 'knowledge',
    personal: false,
    recordAccess: [],
    filters: { site: false, organisation: false },
    chart: { type: 'bar', x: 'language', series: ['searches', 'noResults'] },
    columns: [column('language', 'label', { codes: 'language' }), column('searches', 'count'), column('noResults', 'count')],
    async compute(ctx, filter) {
      return rowsOf((await searchesByLanguage(ctx, filter)).map((r) => ({ values: { language: r.language, searches: r.searches, noResults: r.noResults } })));
    },
  },
  {
    key: 'knowledge.calls',
    module: 'knowledge',
    personal: false,
    recordAccess: [],
    filters: { site: false, organisation: true },
    chart: { type: 'stacked-bar', x: 'topic', series: ['calls'] },
    columns: [column('topic', 'label'), column('language', 'label', { codes: 'language' }), column('calls', 'count'), column('escalated', 'count')],
    async compute(ctx, filter) {
      return rowsOf((await callsByTopicAndLanguage(ctx, filter)).map((r) => ({ values: { topic: r.topic, language: r.language, calls: r.calls, escalated: r.escalated } })));
    },
  },
  {
    key: 'training.people-trained',
    module: 'training',
    personal: true,
    recordAccess: ['training.manage'],
    filters: { site: true, organisation: true },
    chart: { type: 'stacked-bar', x: 'organisation', series: ['trained'] },
    columns: [column('organisation', 'label'), column('course', 'label'), column('trained', 'count'), column('evaluated', 'count')],
    async compute(ctx, filter) {
      return rowsOf((await peopleTrained(ctx, filter)).map((r) => ({ values: { organisation: r.organisation, course: r.course, trained: r.trained, evaluated: r.evaluated } })));
    },
  },
  {
    key: 'admin.organisations-with-access',
    module: 'admin',
    personal: false,
    recordAccess: [],
    filters: { site: false, organisation: true },
    chart: { type: 'stacked-bar', x: 'organisation', series: ['users', 'apiKeys'] },
    columns: [column('organisation', 'label'), column('type', 'label', { codes: 'organisationType' }), column('users', 'count'), column('apiKeys', 'count')],
    async compute(ctx, filter) {
      const rows = await organisationsWithAccess(ctx, { at: endOf(ctx, filter), organisationId: filter.organisationId });
      return rowsOf(rows.map((r) => ({ values: { organisation: r.name, type: r.type, users: r.users, apiKeys: r.apiKeys }, refs: { organisationId: r.organisationId } })));
    },
  },
];
