/**
 * SQL of the border statistics: every figure is counted by the database (GROUP BY, FILTER, percentiles),
 * over the crossings one condition selects. Scope comes from the service, inside that condition.
 */
import { and, asc, eq, gte, lt, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { sites } from '../../platform/auth/tables';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query';
import { alerts, crossings } from './tables';

/** Which crossings a report counts. */
export interface StatisticsFilter {
  /** [from, to) instants: local midnight of the first day to local midnight after the last. */
  between: { from: Date; to: Date };
  siteId?: string;
  direction?: string;
}

/** The condition selecting the crossings of a report (exercises never count), within `scope`. */
export function reportedCrossings(filter: StatisticsFilter, scope: SQL | undefined): SQL {
  return and(
    eq(crossings.exercise, false),
    gte(crossings.at, filter.between.from),
    lt(crossings.at, filter.between.to),
    filter.siteId ? eq(crossings.siteId, filter.siteId) : undefined,
    filter.direction ? eq(crossings.direction, filter.direction) : undefined,
    scope,
  )!;
}

const count = (condition?: SQL) => (condition ? sql<number>`(count(*) filter (where ${condition}))::int` : sql<number>`count(*)::int`);
// Counting the id, not rows, so that a BCP left-joined to no crossing counts zero.
const byDirection = () => ({
  entry: sql<number>`(count(${crossings.id}) filter (where ${crossings.direction} = 'entry'))::int`,
  exit: sql<number>`(count(${crossings.id}) filter (where ${crossings.direction} = 'exit'))::int`,
  transit: sql<number>`(count(${crossings.id}) filter (where ${crossings.direction} = 'transit'))::int`,
  total: sql<number>`count(${crossings.id})::int`,
});

/** Upper bounds (exclusive) of the processing-time buckets, in ms; the last bucket has none. */
export const PROCESSING_BOUNDS_MS = [30_000, 60_000, 120_000, 300_000] as const;

/** One condition per processing-time bucket: [0, 30 s), [30 s, 1 min) … [5 min, ∞). */
function processingBuckets(ms: SQLWrapper): SQL[] {
  const lower = [0, ...PROCESSING_BOUNDS_MS];
  return lower.map((from, index) => {
    const to = PROCESSING_BOUNDS_MS[index];
    return to === undefined ? sql`${ms} >= ${from}` : sql`${ms} >= ${from} and ${ms} < ${to}`;
  });
}

/** Totals, directions, decisions and the processing-time distribution, in one row. */
export async function selectSummary(db: Executor, where: SQL) {
  const ms = crossings.processingMs;
  const [row] = await db
    .select({
      ...byDirection(),
      travellers: sql<number>`count(distinct ${crossings.personId})::int`,
      vehicles: sql<number>`count(distinct ${crossings.vehicleCrossingId})::int`,
      admitted: count(sql`${crossings.decision} = 'admitted'`),
      refused: count(sql`${crossings.decision} = 'refused'`),
      referred: count(sql`${crossings.decision} = 'referred'`),
      measured: count(sql`${ms} is not null`),
      buckets: sql<number[]>`array[${sql.join(processingBuckets(ms).map((bucket) => count(bucket)), sql`, `)}]`,
      // Percentiles skip crossings without a processing time.
      medianMs: sql<number | null>`round(percentile_cont(0.5) within group (order by ${ms}))::int`,
      p90Ms: sql<number | null>`round(percentile_cont(0.9) within group (order by ${ms}))::int`,
    })
    .from(crossings)
    .where(where);
  return row!;
}

/**
 * Crossings per local day by direction, every day of the period present (zero when nothing crossed).
 * The local day is computed in `timeZone`; grouping by position keeps the two time-zone parameters apart.
 */
export function selectDays(db: Executor, where: SQL, period: { from: string; to: string; timeZone: string }) {
  return queryRows<{ day: string; entry: number; exit: number; transit: number; total: number }>(
    db,
    sql`with counted as (
          select (${crossings.at} at time zone ${period.timeZone})::date as day,
                 (count(*) filter (where ${crossings.direction} = 'entry'))::int as entry,
                 (count(*) filter (where ${crossings.direction} = 'exit'))::int as exit,
                 (count(*) filter (where ${crossings.direction} = 'transit'))::int as transit,
                 count(*)::int as total
          from ${crossings} where ${where} group by 1
        )
        select to_char(days.day, 'YYYY-MM-DD') as day,
               coalesce(counted.entry, 0) as entry, coalesce(counted.exit, 0) as exit,
               coalesce(counted.transit, 0) as transit, coalesce(counted.total, 0) as total
        from (select ${period.from}::date + offset_days as day from generate_series(0, ${period.to}::date - ${period.from}::date) as offset_days) days
        left join counted on counted.day = days.day
        order by days.day`,
  );
}

/**
 * Crossings per BCP by direction: every BCP in `siteScope` (and the chosen one, if any), with zeros, except
 * closed BCPs where nothing crossed. Busiest first.
 */
export function selectBcps(db: Executor, where: SQL, siteScope: SQL | undefined, siteId: string | undefined) {
  const counts = byDirection();
  return db
    .select({ siteId: sites.id, code: sites.code, name: sites.name, ...counts })
    .from(sites)
    .leftJoin(crossings, and(eq(crossings.siteId, sites.id), where))
    .where(and(eq(sites.type, 'bcp'), siteId ? eq(sites.id, siteId) : undefined, siteScope))
    .groupBy(sites.id)
    .having(sql`${sites.active} or count(${crossings.id}) > 0`)
    .orderBy(sql`count(${crossings.id}) desc`, asc(sites.name));
}

/**
 * The `top` most frequent nationalities (unknown counted as one), busiest first, and one last row lumping
 * the others (`other`: true, with how many nationalities it holds) when there are more.
 */
export function selectNationalities(db: Executor, where: SQL, top: number) {
  return queryRows<{ nationality: string | null; crossings: number; other: boolean; nationalities: number }>(
    db,
    sql`with counted as (
          select ${crossings.nationality} as nationality, count(*)::int as crossings
          from ${crossings} where ${where} group by 1
        ),
        ranked as (
          select nationality, crossings, row_number() over (order by crossings desc, nationality nulls last) as rank from counted
        )
        select nationality, crossings, false as other, 1 as nationalities from ranked where rank <= ${top}
        union all
        select null, sum(crossings)::int, true, count(*)::int from ranked where rank > ${top} having count(*) > 0
        order by other, crossings desc, nationality nulls last`,
  );
}

/** Refusals per ground (only the grounds used). */
export function selectRefusalReasons(db: Executor, where: SQL) {
  return db
    .select({ reason: crossings.refusalReason, count: count() })
    .from(crossings)
    .where(and(where, eq(crossings.decision, 'refused')))
    .groupBy(crossings.refusalReason);
}

/** Alerts raised at the reported crossings, per action and status. */
export function selectAlertCounts(db: Executor, where: SQL) {
  return db
    .select({ action: alerts.action, status: alerts.status, count: count() })
    .from(alerts)
    .innerJoin(crossings, eq(crossings.id, alerts.crossingId))
    .where(where)
    .groupBy(alerts.action, alerts.status);
}
