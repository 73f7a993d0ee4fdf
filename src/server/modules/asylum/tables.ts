/** Tables of asylum: applications with interviews, appeals and events; screening; follow-ups; minors and representatives; national rules. */
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A question of the vulnerability questionnaire. */
export interface ScreeningQuestion {
  code: string;
  category: string;
  text: string;
}

/** Application numbers: AS-<year>-<sequence>, allocated by the database so every process agrees. */
export const asylumApplicationNumberSeq = pgSequence('asylum_application_number_seq', { startWith: 1 });

/** The national rules (one row, id 'national'); absent means the defaults. */
export const asylumSettings = pgTable('asylum_settings', {
  id: text('id').primaryKey(),
  decisionDueMonths: integer('decision_due_months').notNull(),
  appealDeadlineDays: integer('appeal_deadline_days').notNull(),
  dueSoonDays: integer('due_soon_days').notNull(),
  followUpDueDays: integer('follow_up_due_days').notNull(),
  statusAfterFinalRejection: text('status_after_final_rejection').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const asylumApplications = pgTable(
  'asylum_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    personId: uuid('person_id').notNull(),
    /** Where it was lodged. */
    siteId: uuid('site_id').notNull(),
    /** The lodging clerk's organisation: non-national callers see their own. */
    organisationId: uuid('organisation_id').notNull(),
    status: text('status').notNull(),
    lodgedOn: date('lodged_on').notNull(),
    note: text('note'),
    /** Computed at lodging from the rules then in force. */
    decisionDueOn: date('decision_due_on').notNull(),
    decisionOutcome: text('decision_outcome'),
    decidedOn: date('decided_on'),
    decidedBy: uuid('decided_by'),
    decisionNote: text('decision_note'),
    notifiedOn: date('notified_on'),
    /** Computed at notification from the rules then in force. */
    appealDueOn: date('appeal_due_on'),
    closedOn: date('closed_on'),
    lodgedBy: uuid('lodged_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One open application per person, even when two clerks lodge at the same moment.
    uniqueIndex('asylum_applications_open_person_idx')
      .on(t.personId)
      .where(sql`${t.status} in ('lodged', 'interviewed', 'rejected', 'appealed')`),
    index('asylum_applications_person_idx').on(t.personId),
    index('asylum_applications_decision_due_idx').on(t.status, t.decisionDueOn),
    index('asylum_applications_appeal_due_idx').on(t.status, t.appealDueOn),
  ],
);

export const asylumInterviews = pgTable(
  'asylum_interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => asylumApplications.id),
    heldOn: date('held_on').notNull(),
    interviewer: text('interviewer').notNull(),
    /** ISO 639-3 code of the interpreter's language, if one was used. */
    interpreterLanguage: text('interpreter_language'),
    notes: text('notes'),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('asylum_interviews_application_idx').on(t.applicationId)],
);

export const asylumAppeals = pgTable(
  'asylum_appeals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => asylumApplications.id),
    lodgedOn: date('lodged_on').notNull(),
    court: text('court'),
    note: text('note'),
    /** The status appealed against: rejected or granted-subsidiary. */
    appealedFrom: text('appealed_from').notNull(),
    outcome: text('outcome'),
    outcomeOn: date('outcome_on'),
    outcomeNote: text('outcome_note'),
    lodgedBy: uuid('lodged_by'),
    outcomeBy: uuid('outcome_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('asylum_appeals_application_idx').on(t.applicationId)],
);

/** Every step of an application, with the status before and after. */
export const asylumApplicationEvents = pgTable(
  'asylum_application_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    applicationId: uuid('application_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('asylum_application_events_application_idx').on(t.applicationId, t.at)],
);

/** Versions of the vulnerability questionnaire; a version never changes once screenings use it. */
export const asylumQuestionnaires = pgTable('asylum_questionnaires', {
  version: integer('version').primaryKey(),
  questions: jsonb('questions').$type<ScreeningQuestion[]>().notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const asylumScreenings = pgTable(
  'asylum_screenings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').notNull(),
    version: integer('version')
      .notNull()
      .references(() => asylumQuestionnaires.version),
    screenedOn: date('screened_on').notNull(),
    answers: jsonb('answers').$type<Record<string, boolean>>().notNull(),
    flagged: text('flagged').array().notNull().default(sql`'{}'::text[]`),
    /** Union of the flagged categories' labels: a caller must hold them all to see the screening. */
    labels: text('labels').array().notNull().default(sql`'{}'::text[]`),
    note: text('note'),
    organisationId: uuid('organisation_id').notNull(),
    screenedBy: uuid('screened_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('asylum_screenings_person_idx').on(t.personId, t.screenedOn)],
);

/** One row per category a screening flagged, with that category's label alone. */
export const asylumVulnerabilityFlags = pgTable(
  'asylum_vulnerability_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    screeningId: uuid('screening_id')
      .notNull()
      .references(() => asylumScreenings.id),
    personId: uuid('person_id').notNull(),
    category: text('category').notNull(),
    labels: text('labels').array().notNull().default(sql`'{}'::text[]`),
    organisationId: uuid('organisation_id').notNull(),
    screenedOn: date('screened_on').notNull(),
  },
  (t) => [index('asylum_vulnerability_flags_person_idx').on(t.personId)],
);

/** Follow-up tasks from positive screenings (case management may adopt them later). */
export const asylumFollowUps = pgTable(
  'asylum_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').notNull(),
    screeningId: uuid('screening_id')
      .notNull()
      .references(() => asylumScreenings.id),
    category: text('category').notNull(),
    labels: text('labels').array().notNull().default(sql`'{}'::text[]`),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull().default('open'),
    assigneeOrganisationId: uuid('assignee_organisation_id'),
    assigneeTeam: text('assignee_team'),
    outcome: text('outcome'),
    doneOn: date('done_on'),
    doneBy: uuid('done_by'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('asylum_follow_ups_status_idx').on(t.status, t.dueOn), index('asylum_follow_ups_person_idx').on(t.personId)],
);

/** A (possibly unaccompanied) minor's file: one per person, labelled `minor`. */
export const asylumMinorFiles = pgTable('asylum_minor_files', {
  personId: uuid('person_id').primaryKey(),
  /** The clerk's flag: true/false overrides what is derived; null lets it be derived. */
  manualUnaccompanied: boolean('manual_unaccompanied'),
  note: text('note'),
  labels: text('labels').array().notNull().default(sql`'{minor}'::text[]`),
  organisationId: uuid('organisation_id').notNull(),
  openedOn: date('opened_on').notNull(),
  openedBy: uuid('opened_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const asylumAgeAssessments = pgTable(
  'asylum_age_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => asylumMinorFiles.personId),
    method: text('method').notNull(),
    assessedOn: date('assessed_on').notNull(),
    assessedBy: text('assessed_by').notNull(),
    resultAge: integer('result_age'),
    resultDateOfBirth: date('result_date_of_birth'),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('asylum_age_assessments_person_idx').on(t.personId)],
);

export const asylumFamilyTracing = pgTable(
  'asylum_family_tracing',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => asylumMinorFiles.personId),
    openedOn: date('opened_on').notNull(),
    status: text('status').notNull(),
    contacts: text('contacts').notNull().default(''),
    outcome: text('outcome'),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('asylum_family_tracing_person_idx').on(t.personId)],
);

/** The register of trained legal representatives for unaccompanied minors. */
export const asylumRepresentatives = pgTable('asylum_representatives', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  organisation: text('organisation').notNull(),
  contact: text('contact').notNull(),
  trainedOn: date('trained_on').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Who represented a minor when; the row without `to_on` is the current one. */
export const asylumRepresentativeAssignments = pgTable(
  'asylum_representative_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => asylumMinorFiles.personId),
    representativeId: uuid('representative_id')
      .notNull()
      .references(() => asylumRepresentatives.id),
    fromOn: date('from_on').notNull(),
    toOn: date('to_on'),
    note: text('note'),
    assignedBy: uuid('assigned_by'),
    endedBy: uuid('ended_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('asylum_representative_current_idx')
      .on(t.personId)
      .where(sql`${t.toOn} is null`),
    index('asylum_representative_caseload_idx').on(t.representativeId, t.toOn),
  ],
);
