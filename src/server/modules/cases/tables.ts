/** Tables of case management: cases and their persons, organisations, tasks, notes, attachments, services, consents, assessments, checklists, referrals, signals, reminders and history. */
import { sql } from 'drizzle-orm';
import {
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** Type-specific values of a case, keyed by field name (HTCDS names for trafficking cases). */
export type CaseData = Record<string, unknown>;

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    type: text('type').notNull(),
    state: text('state').notNull(),
    title: text('title').notNull(),
    /** Sensitivity labels the caller must hold all of (trafficking cases carry `trafficking`). */
    labels: text('labels')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ownerOrganisationId: uuid('owner_organisation_id').notNull(),
    ownerUserId: uuid('owner_user_id'),
    assignedTeam: text('assigned_team'),
    data: jsonb('data').$type<CaseData>().notNull().default({}),
    closureReason: text('closure_reason'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    stateEnteredAt: timestamp('state_entered_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_reference_idx').on(t.reference),
    index('cases_owner_idx').on(t.ownerOrganisationId, t.type, t.state),
    index('cases_owner_user_idx').on(t.ownerUserId),
  ],
);

export const casePersons = pgTable(
  'case_persons',
  {
    caseId: uuid('case_id').notNull(),
    personId: uuid('person_id').notNull(),
    role: text('role').notNull(),
    relation: text('relation'),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.personId] }), index('case_persons_person_idx').on(t.personId)],
);

/** Organisations working on a case with full access besides the owner. */
export const caseOrganisations = pgTable(
  'case_organisations',
  {
    caseId: uuid('case_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.organisationId] }),
    index('case_organisations_org_idx').on(t.organisationId),
  ],
);

export const caseTasks = pgTable(
  'case_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    code: text('code'),
    title: text('title').notNull(),
    state: text('state'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    remindAt: timestamp('remind_at', { withTimezone: true }),
    assigneeUserId: uuid('assignee_user_id'),
    status: text('status').notNull().default('open'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by'),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    overdueNotifiedAt: timestamp('overdue_notified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_tasks_case_idx').on(t.caseId), index('case_tasks_open_due_idx').on(t.status, t.dueAt)],
);

export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    body: text('body').notNull(),
    authorUserId: uuid('author_user_id'),
    authorLabel: text('author_label').notNull(),
    authorOrganisationId: uuid('author_organisation_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId)],
);

export const caseAttachments = pgTable(
  'case_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    data: bytea('data').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_attachments_case_idx').on(t.caseId)],
);

/** Services delivered: support, mobile-team and follow-up visits, in-kind assistance with its amount. */
export const caseServices = pgTable(
  'case_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    personId: uuid('person_id'),
    kind: text('kind').notNull(),
    description: text('description').notNull().default(''),
    deliveredOn: date('delivered_on', { mode: 'string' }).notNull(),
    location: text('location'),
    amount: numeric('amount', { precision: 12, scale: 2 }),
    currency: text('currency'),
    providerOrganisationId: uuid('provider_organisation_id'),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_services_case_idx').on(t.caseId)],
);

export const caseConsents = pgTable(
  'case_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    personId: uuid('person_id').notNull(),
    scope: text('scope').notNull(),
    basis: text('basis').notNull(),
    legalBasis: text('legal_basis'),
    givenBy: text('given_by'),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_consents_case_idx').on(t.caseId)],
);

export const caseAssessments = pgTable(
  'case_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    kind: text('kind').notNull(),
    individualRisk: text('individual_risk').notNull(),
    householdRisk: text('household_risk').notNull(),
    communityRisk: text('community_risk').notNull(),
    specialNeeds: text('special_needs')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    notes: text('notes').notNull().default(''),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_assessments_case_idx').on(t.caseId)],
);

export const caseChecklistItems = pgTable(
  'case_checklist_items',
  {
    caseId: uuid('case_id').notNull(),
    item: text('item').notNull(),
    status: text('status').notNull().default('pending'),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.item] })],
);

export const caseReferrals = pgTable(
  'case_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    kind: text('kind').notNull(),
    fromOrganisationId: uuid('from_organisation_id').notNull(),
    toOrganisationId: uuid('to_organisation_id').notNull(),
    sections: text('sections').array().notNull(),
    reason: text('reason').notNull(),
    details: text('details').notNull().default(''),
    consentId: uuid('consent_id').notNull(),
    status: text('status').notNull().default('pending'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    respondedBy: uuid('responded_by'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    responseNote: text('response_note'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('case_referrals_case_idx').on(t.caseId, t.status),
    index('case_referrals_to_idx').on(t.toOrganisationId, t.status),
  ],
);

/** A first-line professional's trafficking signal; the signaller sees only that they filed it. */
export const caseSignals = pgTable(
  'case_signals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    personId: uuid('person_id').notNull(),
    indicators: text('indicators').array().notNull(),
    note: text('note').notNull().default(''),
    location: text('location'),
    observedOn: date('observed_on', { mode: 'string' }),
    agencyOrganisationId: uuid('agency_organisation_id').notNull(),
    signalledBy: uuid('signalled_by'),
    signalledByOrganisationId: uuid('signalled_by_organisation_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_signals_by_idx').on(t.signalledBy)],
);

export const caseReminders = pgTable(
  'case_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    taskId: uuid('task_id').notNull(),
    kind: text('kind').notNull(),
    firedAt: timestamp('fired_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('case_reminders_task_kind_idx').on(t.taskId, t.kind),
    index('case_reminders_case_idx').on(t.caseId),
  ],
);

/** The whole history of a case, append-only. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    kind: text('kind').notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    actorOrganisationId: uuid('actor_organisation_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.at)],
);
