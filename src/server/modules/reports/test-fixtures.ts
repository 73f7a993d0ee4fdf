/** Fixtures of the reporting tests: an indicator over HTTP, its rows by label, direct SQL counts, period bounds written in SQL. */
import { sql, type SQL } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query';
import type { Tenant, TestUser } from '../../testing/factories';
import type { Session } from '../../testing/http';

export interface IndicatorRow {
  values: Record<string, string | number | null>;
  suppressed: Record<string, boolean>;
  refs?: { siteId?: string; organisationId?: string };
}

export interface IndicatorView {
  key: string;
  personal: boolean;
  recordAccess: boolean;
  columns: { key: string; kind: string }[];
  rows: IndicatorRow[];
  total: IndicatorRow | null;
  anySuppressed: boolean;
}

export interface ReportView {
  filter: { from: string; to: string; siteId: string | null; organisationId: string | null; timeZone: string };
  suppression: { threshold: number };
  indicators: IndicatorView[];
}

/** GET one indicator (200 expected) and return it. */
export async function indicator(session: Session, key: string, query = ''): Promise<IndicatorView> {
  const response = await session.get(`/api/reports/indicators/${key}${query ? `?${query}` : ''}`);
  expect(response.statusCode, response.body).toBe(200);
  const report = response.json<ReportView>();
  expect(report.indicators.map((i) => i.key)).toEqual([key]);
  return report.indicators[0]!;
}

/** The rows of an indicator keyed by the values of the given label columns joined with `|`. */
export function rowsBy(view: IndicatorView, ...labels: string[]): Map<string, Record<string, string | number | null>> {
  return new Map(view.rows.map((row) => [labels.map((l) => String(row.values[l])).join('|'), row.values]));
}

/** Rows of a direct SQL count, numbers as numbers. */
export async function direct<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  return (await queryRows<T>(db, query)).map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v])) as T);
}

/** The start of local day `day` in the country's time zone, computed by the database (independently of the code under test). */
export const dayStart = (day: string) => sql`(${day}::date::timestamp at time zone 'Europe/Bucharest')`;
/** The start of the local day after `day`. */
export const dayEnd = (day: string) => sql`((${day}::date + 1)::timestamp at time zone 'Europe/Bucharest')`;

/** A national user holding every permission and every clearance: record access everywhere, nothing suppressed. */
export function administrator(tenant: Tenant): Promise<TestUser> {
  return tenant.user(['administrator'], { clearances: ['trafficking', 'minor', 'health'] });
}

/** Today's date in Bucharest, and `days` from it, as the reporting period's days. */
export function bucharestDay(offsetDays = 0, now = new Date()): string {
  const shifted = new Date(now.getTime() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Bucharest', year: 'numeric', month: '2-digit', day: '2-digit' }).format(shifted);
}
