/**
 * Tables of reception: centre structure (units, rooms, beds), blocks, reservations, placements with
 * absences and services, daily occupancy snapshots, contingency plans, influx groups and
 * pre-registrations, exercises and their simulated arrivals. Rows written in an exercise carry its id.
 */
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgSequence, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sites } from '../../platform/auth/tables';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const receptionUnits = pgTable(
  'reception_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('reception_units_site_idx').on(t.siteId)],
);

export const receptionRooms = pgTable(
  'reception_rooms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => receptionUnits.id),
    siteId: uuid('site_id').notNull(),
    name: text('name').notNull(),
    purpose: text('purpose'),
    createdAt: createdAt(),
  },
  (t) => [index('reception_rooms_unit_idx').on(t.unitId), index('reception_rooms_site_idx').on(t.siteId)],
);

export const receptionBeds = pgTable(
  'reception_beds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roomId: uuid('room_id')
      .notNull()
      .references(() => receptionRooms.id),
    siteId: uuid('site_id').notNull(),
    label: text('label').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('reception_beds_room_idx').on(t.roomId), index('reception_beds_site_idx').on(t.siteId)],
);

/** Places taken out of use: one bed, a room's beds, or a number of places of the centre. */
export const receptionBlocks = pgTable(
  'reception_blocks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id').notNull(),
    roomId: uuid('room_id'),
    bedId: uuid('bed_id'),
    places: integer('places').notNull(),
    reason: text('reason').notNull(),
    fromDay: date('from_day').notNull(),
    toDay: date('to_day'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('reception_blocks_site_idx').on(t.siteId, t.fromDay)],
);

export const receptionReservations = pgTable(
  'reception_reservations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id').notNull(),
    bedId: uuid('bed_id'),
    places: integer('places').notNull().default(1),
    personId: uuid('person_id'),
    note: text('note'),
    /** active → used (by a check-in) | cancelled; an active one past `until` no longer counts. */
    status: text('status').notNull().default('active'),
    until: timestamp('until', { withTimezone: true }).notNull(),
    overCapacityReason: text('over_capacity_reason'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    exerciseId: uuid('exercise_id'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('reception_reservations_site_idx').on(t.siteId, t.status),
    uniqueIndex('reception_reservations_bed_real_idx').on(t.bedId).where(sql`status = 'active' and bed_id is not null and exercise_id is null`),
    uniqueIndex('reception_reservations_bed_exercise_idx').on(t.exerciseId, t.bedId).where(sql`status = 'active' and bed_id is not null and exercise_id is not null`),
  ],
);

export const receptionPlacements = pgTable(
  'reception_placements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').notNull(),
    siteId: uuid('site_id').notNull(),
    bedId: uuid('bed_id'),
    /** active | ended */
    status: text('status').notNull().default('active'),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }).notNull(),
    checkedOutAt: timestamp('checked_out_at', { withTimezone: true }),
    checkoutReason: text('checkout_reason'),
    note: text('note'),
    overCapacityReason: text('over_capacity_reason'),
    reservationId: uuid('reservation_id'),
    transferredFromId: uuid('transferred_from_id'),
    transferredToId: uuid('transferred_to_id'),
    exerciseId: uuid('exercise_id'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('reception_placements_site_idx').on(t.siteId, t.status),
    index('reception_placements_person_idx').on(t.personId),
    index('reception_placements_period_idx').on(t.checkedInAt, t.checkedOutAt),
    uniqueIndex('reception_placements_bed_real_idx').on(t.bedId).where(sql`status = 'active' and bed_id is not null and exercise_id is null`),
    uniqueIndex('reception_placements_bed_exercise_idx').on(t.exerciseId, t.bedId).where(sql`status = 'active' and bed_id is not null and exercise_id is not null`),
    uniqueIndex('reception_placements_person_active_idx').on(t.personId).where(sql`status = 'active'`),
  ],
);

export const receptionAbsences = pgTable(
  'reception_absences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    placementId: uuid('placement_id')
      .notNull()
      .references(() => receptionPlacements.id),
    fromAt: timestamp('from_at', { withTimezone: true }).notNull(),
    toAt: timestamp('to_at', { withTimezone: true }),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('reception_absences_placement_idx').on(t.placementId)],
);

export const receptionServices = pgTable(
  'reception_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    placementId: uuid('placement_id').notNull(),
    personId: uuid('person_id').notNull(),
    siteId: uuid('site_id').notNull(),
    kind: text('kind').notNull(),
    note: text('note'),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
    givenBy: uuid('given_by'),
    exerciseId: uuid('exercise_id'),
    createdAt: createdAt(),
  },
  (t) => [index('reception_services_placement_idx').on(t.placementId), index('reception_services_site_idx').on(t.siteId, t.givenAt)],
);

export const receptionOccupancySnapshots = pgTable(
  'reception_occupancy_snapshots',
  {
    siteId: uuid('site_id').notNull(),
    day: date('day').notNull(),
    capacity: integer('capacity').notNull(),
    blocked: integer('blocked').notNull(),
    occupied: integer('occupied').notNull(),
    reserved: integer('reserved').notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.day] })],
);

export const influxPlans = pgTable(
  'influx_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    centreIds: uuid('centre_ids').array().notNull(),
    /** inactive | active */
    status: text('status').notNull().default('inactive'),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    activatedBy: uuid('activated_by'),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('influx_plans_site_idx').on(t.siteId)],
);

export const influxGroups = pgTable(
  'influx_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    label: text('label').notNull(),
    siteId: uuid('site_id').notNull(),
    exerciseId: uuid('exercise_id'),
    createdAt: createdAt(),
  },
  (t) => [index('influx_groups_plan_idx').on(t.planId)],
);

/** Wristband numbers: one national sequence, so every server process hands out distinct numbers. */
export const influxWristbandSequence = pgSequence('influx_wristband_seq', { startWith: 1 });

export const influxRegistrations = pgTable(
  'influx_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    groupId: uuid('group_id').notNull(),
    personId: uuid('person_id').notNull(),
    wristband: text('wristband').notNull(),
    nameAsGiven: text('name_as_given').notNull(),
    sex: text('sex').notNull(),
    approximateAge: integer('approximate_age').notNull(),
    nationality: text('nationality'),
    medicalUrgency: boolean('medical_urgency').notNull().default(false),
    child: boolean('child').notNull().default(false),
    vulnerable: boolean('vulnerable').notNull().default(false),
    arrivedAt: timestamp('arrived_at', { withTimezone: true }).notNull(),
    preregisteredAt: timestamp('preregistered_at', { withTimezone: true }).notNull(),
    allocatedAt: timestamp('allocated_at', { withTimezone: true }),
    allocatedSiteId: uuid('allocated_site_id'),
    reservationId: uuid('reservation_id'),
    overCapacity: boolean('over_capacity').notNull().default(false),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    exerciseId: uuid('exercise_id'),
    registeredBy: uuid('registered_by'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('influx_registrations_wristband_idx').on(t.wristband),
    index('influx_registrations_plan_idx').on(t.planId, t.arrivedAt),
    index('influx_registrations_group_idx').on(t.groupId),
    index('influx_registrations_person_idx').on(t.personId),
  ],
);

/** What an auto-run exercise was asked to simulate. */
export interface ExerciseParameters {
  people: number;
  minutes: number;
  familyShare: number;
  minorShare: number;
  vulnerableShare: number;
  seed: number;
  clerks: number;
  secondsPerPerson: number;
}

export const influxExercises = pgTable(
  'influx_exercises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    name: text('name').notNull(),
    /** auto | manual */
    mode: text('mode').notNull(),
    /** running | finished */
    status: text('status').notNull().default('running'),
    parameters: jsonb('parameters').$type<ExerciseParameters>().notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** Wall-clock milliseconds the system spent processing an auto run. */
    processingMs: integer('processing_ms'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('influx_exercises_plan_idx').on(t.planId)],
);

export const influxExerciseArrivals = pgTable(
  'influx_exercise_arrivals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    exerciseId: uuid('exercise_id').notNull(),
    seq: integer('seq').notNull(),
    arrivesAt: timestamp('arrives_at', { withTimezone: true }).notNull(),
    groupKey: text('group_key').notNull(),
    name: text('name').notNull(),
    sex: text('sex').notNull(),
    approximateAge: integer('approximate_age').notNull(),
    nationality: text('nationality'),
    medicalUrgency: boolean('medical_urgency').notNull().default(false),
    child: boolean('child').notNull().default(false),
    vulnerable: boolean('vulnerable').notNull().default(false),
    registrationId: uuid('registration_id'),
  },
  (t) => [index('influx_exercise_arrivals_exercise_idx').on(t.exerciseId, t.seq)],
);
