/**
 * Tables of the interpreter pool: interpreters, their availability and unavailability, and bookings.
 * No double booking: migration 0011_interpreters adds an exclusion constraint (btree_gist) on each
 * interpreter's booked periods, which drizzle-kit cannot express here.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const interpreters = pgTable(
  'interpreters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** ISO 639-3 codes. */
    languages: text('languages').array().notNull(),
    /** The agency or organisation the interpreter works for (free text: many are external). */
    organisation: text('organisation').notNull().default(''),
    phone: text('phone'),
    email: text('email'),
    /** Subset of in-person, phone, video. */
    modalities: text('modalities').array().notNull(),
    /** Weekly availability is in this time zone's wall-clock time. */
    timeZone: text('time_zone').notNull().default('Europe/Bucharest'),
    active: boolean('active').notNull().default(true),
    /** The organisation that keeps the record; non-national managers change only their own. */
    managedBy: uuid('managed_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('interpreters_languages_idx').using('gin', t.languages), index('interpreters_name_idx').on(t.name)],
);

export const interpreterAvailability = pgTable(
  'interpreter_availability',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    interpreterId: uuid('interpreter_id')
      .notNull()
      .references(() => interpreters.id, { onDelete: 'cascade' }),
    /** weekly: every `weekday` from `startMinute` to `endMinute` local time; dated: available in [startsAt, endsAt); unavailable: not available then. */
    kind: text('kind').notNull(),
    /** ISO weekday, 1 = Monday … 7 = Sunday (weekly only). */
    weekday: integer('weekday'),
    startMinute: integer('start_minute'),
    endMinute: integer('end_minute'),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    /** A short note such as "leave"; never case content. */
    note: text('note').notNull().default(''),
  },
  (t) => [
    index('interpreter_availability_interpreter_idx').on(t.interpreterId),
    check(
      'interpreter_availability_shape',
      sql`(${t.kind} = 'weekly' and ${t.weekday} between 1 and 7 and ${t.startMinute} >= 0 and ${t.endMinute} <= 1440 and ${t.startMinute} < ${t.endMinute})
        or (${t.kind} in ('dated', 'unavailable') and ${t.startsAt} < ${t.endsAt})`,
    ),
  ],
);

export const interpreterBookings = pgTable(
  'interpreter_bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    interpreterId: uuid('interpreter_id')
      .notNull()
      .references(() => interpreters.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    language: text('language').notNull(),
    modality: text('modality').notNull(),
    /** asylum-interview, case-meeting or other. */
    purposeKind: text('purpose_kind').notNull(),
    /** The id of what the booking serves in the module that asked (an application, a case…), as text. */
    purposeRef: text('purpose_ref').notNull().default(''),
    /** A short label such as "First interview"; never the person's name or case content. */
    purposeLabel: text('purpose_label').notNull().default(''),
    place: text('place').notNull().default(''),
    /** booked or cancelled. */
    status: text('status').notNull().default('booked'),
    /** Booked although outside the interpreter's declared availability (confirmed by the booker). */
    outsideAvailability: boolean('outside_availability').notNull().default(false),
    organisationId: uuid('organisation_id').notNull(),
    bookedBy: uuid('booked_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: uuid('cancelled_by'),
    cancelReason: text('cancel_reason'),
  },
  (t) => [
    index('interpreter_bookings_interpreter_idx').on(t.interpreterId, t.startsAt),
    index('interpreter_bookings_purpose_idx').on(t.purposeKind, t.purposeRef),
    index('interpreter_bookings_starts_idx').on(t.startsAt),
    check('interpreter_bookings_period', sql`${t.startsAt} < ${t.endsAt}`),
    check('interpreter_bookings_status', sql`${t.status} in ('booked', 'cancelled')`),
  ],
);
