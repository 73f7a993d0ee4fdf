/** SQL of the interpreter pool. */
import { and, asc, eq, gt, ilike, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { interpreterAvailability, interpreterBookings, interpreters } from './tables';

export type InterpreterRow = typeof interpreters.$inferSelect;
export type AvailabilityRow = typeof interpreterAvailability.$inferSelect;
export type BookingRow = typeof interpreterBookings.$inferSelect;

const first = <T>(rows: T[]): T | undefined => rows[0];

// ---------- interpreters ----------

/** Interpreters by language (any of their languages) and name, active ones unless asked otherwise. */
export function selectInterpreters(db: Executor, filter: { language?: string; q?: string; includeInactive?: boolean; modality?: string }) {
  return db
    .select()
    .from(interpreters)
    .where(
      and(
        filter.language ? sql`${interpreters.languages} @> array[${filter.language}]::text[]` : undefined,
        filter.modality ? sql`${interpreters.modalities} @> array[${filter.modality}]::text[]` : undefined,
        filter.q ? ilike(interpreters.name, `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
        filter.includeInactive ? undefined : eq(interpreters.active, true),
      ),
    )
    .orderBy(asc(interpreters.name))
    .limit(500);
}

export const selectInterpreter = async (db: Executor, id: string, forUpdate = false) => {
  const query = db.select().from(interpreters).where(eq(interpreters.id, id));
  return first(forUpdate ? await query.for('update') : await query);
};
export const insertInterpreter = async (db: Executor, row: typeof interpreters.$inferInsert) => (await db.insert(interpreters).values(row).returning())[0]!;
export const updateInterpreter = async (db: Executor, id: string, patch: Partial<typeof interpreters.$inferInsert>) =>
  first(await db.update(interpreters).set({ ...patch, updatedAt: sql`now()` }).where(eq(interpreters.id, id)).returning());

// ---------- availability ----------

export const selectAvailability = (db: Executor, interpreterIds: readonly string[]) =>
  interpreterIds.length === 0 ? Promise.resolve([] as AvailabilityRow[]) : db.select().from(interpreterAvailability).where(inArray(interpreterAvailability.interpreterId, [...interpreterIds]));

/** Replaces an interpreter's whole availability. */
export async function replaceAvailability(db: Executor, interpreterId: string, rows: (typeof interpreterAvailability.$inferInsert)[]) {
  await db.delete(interpreterAvailability).where(eq(interpreterAvailability.interpreterId, interpreterId));
  if (rows.length > 0) {
    await db.insert(interpreterAvailability).values(rows);
  }
}

// ---------- bookings ----------

/** Booked (not cancelled) bookings of these interpreters overlapping [startsAt, endsAt); touching ends do not overlap. */
export const selectOverlappingBookings = (db: Executor, interpreterIds: readonly string[], startsAt: Date, endsAt: Date, exceptId?: string) =>
  interpreterIds.length === 0
    ? Promise.resolve([] as BookingRow[])
    : db
        .select()
        .from(interpreterBookings)
        .where(
          and(
            inArray(interpreterBookings.interpreterId, [...interpreterIds]),
            eq(interpreterBookings.status, 'booked'),
            lt(interpreterBookings.startsAt, endsAt),
            gt(interpreterBookings.endsAt, startsAt),
            exceptId ? ne(interpreterBookings.id, exceptId) : undefined,
          ),
        );

export interface BookingFilter {
  from?: Date;
  to?: Date;
  interpreterId?: string;
  purposeKind?: string;
  purposeRef?: string;
  includeCancelled?: boolean;
}

/** Bookings in a period (overlapping it), with the interpreter's name. */
export function selectBookings(db: Executor, filter: BookingFilter, scope?: SQL) {
  return db
    .select({ booking: interpreterBookings, interpreterName: interpreters.name })
    .from(interpreterBookings)
    .innerJoin(interpreters, eq(interpreters.id, interpreterBookings.interpreterId))
    .where(
      and(
        scope,
        filter.from ? gt(interpreterBookings.endsAt, filter.from) : undefined,
        filter.to ? lt(interpreterBookings.startsAt, filter.to) : undefined,
        filter.interpreterId ? eq(interpreterBookings.interpreterId, filter.interpreterId) : undefined,
        filter.purposeKind ? eq(interpreterBookings.purposeKind, filter.purposeKind) : undefined,
        filter.purposeRef ? eq(interpreterBookings.purposeRef, filter.purposeRef) : undefined,
        filter.includeCancelled ? undefined : eq(interpreterBookings.status, 'booked'),
      ),
    )
    .orderBy(asc(interpreterBookings.startsAt))
    .limit(1000);
}

export const selectBooking = async (db: Executor, id: string, forUpdate = false) => {
  const query = db.select().from(interpreterBookings).where(eq(interpreterBookings.id, id));
  return first(forUpdate ? await query.for('update') : await query);
};
export const insertBooking = async (db: Executor, row: typeof interpreterBookings.$inferInsert) => (await db.insert(interpreterBookings).values(row).returning())[0]!;
export const updateBooking = async (db: Executor, id: string, patch: Partial<typeof interpreterBookings.$inferInsert>) =>
  first(await db.update(interpreterBookings).set(patch).where(eq(interpreterBookings.id, id)).returning());
