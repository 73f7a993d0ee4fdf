/** Tables of the people registry: persons, their documents, statuses, family links, history, duplicates and merges. */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

export interface OtherName {
  name: string;
  kind: 'alias' | 'previous' | 'maiden' | 'spelling';
  script?: string;
}
export interface Contact {
  kind: 'phone' | 'email' | 'other';
  value: string;
}
export interface Address {
  kind: 'residence' | 'postal' | 'centre' | 'abroad';
  line: string;
  city?: string;
  country?: string;
  from?: string;
  to?: string;
}

/** Registration numbers: P-<year>-<sequence>, allocated by the database so every process agrees. */
export const personNumberSeq = pgSequence('person_number_seq', { startWith: 1 });

export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationNumber: text('registration_number').notNull().unique(),
    givenNames: text('given_names').notNull().default(''),
    surname: text('surname').notNull().default(''),
    /** The name as written in the person's own script (Arabic, Cyrillic...), if not Latin. */
    originalName: text('original_name'),
    originalScript: text('original_script'),
    otherNames: jsonb('other_names').$type<OtherName[]>().notNull().default([]),
    sex: text('sex').notNull().default('U'),
    /** Partial date as known: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
    dateOfBirth: text('date_of_birth'),
    dateOfBirthEstimated: boolean('date_of_birth_estimated').notNull().default(false),
    /** The range the (partial or estimated) date covers, for searching. */
    birthFrom: date('birth_from'),
    birthTo: date('birth_to'),
    placeOfBirth: text('place_of_birth'),
    nationalities: text('nationalities').array().notNull().default(sql`'{}'::text[]`),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    contacts: jsonb('contacts').$type<Contact[]>().notNull().default([]),
    addresses: jsonb('addresses').$type<Address[]>().notNull().default([]),
    legalStatus: text('legal_status'),
    sensitivity: text('sensitivity').array().notNull().default(sql`'{}'::text[]`),
    /** Blocking keys from the name matcher (all names and aliases), indexed for candidate retrieval. */
    nameKeys: text('name_keys').array().notNull().default(sql`'{}'::text[]`),
    /**
     * name_keys as 32-bit hashes, and each key joined to each year of birth the person's range covers
     * ('k:yusuf@1990'; '@?' when the year is unknown or the range spans more than ten years), hashed.
     * Candidate retrieval intersects them with the query's on GIN (intarray) indexes and ranks by the
     * number shared (icount), which is a C loop over sorted integers, not a per-row subquery over text.
     * Computed by the database (migration 0005) so that no writer can forget them.
     */
    nameHashes: integer('name_hashes').array().notNull().generatedAlwaysAs(sql`name_key_hashes(name_keys)`),
    nameYearHashes: integer('name_year_hashes')
      .array()
      .notNull()
      .generatedAlwaysAs(sql`name_year_key_hashes(name_keys, birth_from, birth_to)`),
    /** Every name and alias, normalised to Latin, for trigram search. */
    searchText: text('search_text').notNull().default(''),
    hasPhoto: boolean('has_photo').notNull().default(false),
    registeredByOrganisationId: uuid('registered_by_organisation_id'),
    registeredBy: uuid('registered_by'),
    /** Set when this record was merged into another; merged records leave searches and lists. */
    mergedInto: uuid('merged_into'),
    version: integer('version').notNull().default(1),
    /** Exercise data (mass-influx drills) never mixes with real data. */
    exercise: boolean('exercise').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('persons_name_hashes_idx').using('gin', sql`${t.nameHashes} gin__int_ops`),
    index('persons_name_year_hashes_idx').using('gin', sql`${t.nameYearHashes} gin__int_ops`),
    index('persons_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('persons_birth_idx').on(t.birthFrom, t.birthTo),
    index('persons_merged_idx').on(t.mergedInto),
  ],
);

export const personPhotos = pgTable('person_photos', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => persons.id, { onDelete: 'cascade' }),
  contentType: text('content_type').notNull(),
  image: bytea('image').notNull(),
  width: integer('width'),
  height: integer('height'),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const legalStatuses = pgTable(
  'person_legal_statuses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    status: text('status').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    note: text('note'),
    source: text('source'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('legal_statuses_person_idx').on(t.personId)],
);

export const identityDocuments = pgTable(
  'identity_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    kind: text('kind').notNull(),
    number: text('number').notNull(),
    issuingState: text('issuing_state').notNull(),
    surname: text('surname'),
    givenNames: text('given_names'),
    nationality: text('nationality'),
    dateOfBirth: text('date_of_birth'),
    sex: text('sex'),
    issueDate: date('issue_date'),
    expiryDate: date('expiry_date'),
    mrz: text('mrz'),
    mrzFormat: text('mrz_format'),
    /** Problems found when it was recorded: expired, check digits, fields the MRZ disagrees with. */
    flags: jsonb('flags').$type<string[]>().notNull().default([]),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('identity_documents_person_idx').on(t.personId), index('identity_documents_number_idx').on(t.number, t.issuingState)],
);

export const familyLinks = pgTable(
  'family_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    relatedPersonId: uuid('related_person_id')
      .notNull()
      .references(() => persons.id),
    /** What the related person is to the person: parent, child, spouse, sibling, guardian, ward. */
    relation: text('relation').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('family_links_pair_idx').on(t.personId, t.relatedPersonId),
    index('family_links_related_idx').on(t.relatedPersonId),
  ],
);

/** The record's own edit history: every change with the values before and after. */
export const personHistory = pgTable(
  'person_history',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    personId: uuid('person_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label'),
    action: text('action').notNull(),
    changes: jsonb('changes').$type<Record<string, { from: unknown; to: unknown }>>().notNull().default({}),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [index('person_history_person_idx').on(t.personId, t.at)],
);

export const duplicateJobs = pgTable('duplicate_jobs', {
  id: uuid('id').primaryKey().defaultRandom(),
  status: text('status').notNull().default('running'),
  total: integer('total').notNull().default(0),
  processed: integer('processed').notNull().default(0),
  found: integer('found').notNull().default(0),
  startedBy: uuid('started_by'),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  error: text('error'),
});

export const duplicateCandidates = pgTable(
  'duplicate_candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personA: uuid('person_a').notNull(),
    personB: uuid('person_b').notNull(),
    score: doublePrecision('score').notNull(),
    explanation: jsonb('explanation').$type<unknown>().notNull(),
    status: text('status').notNull().default('open'),
    jobId: uuid('job_id'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('duplicate_candidates_pair_idx').on(t.personA, t.personB), index('duplicate_candidates_status_idx').on(t.status, t.score)],
);

export const personMerges = pgTable('person_merges', {
  id: uuid('id').primaryKey().defaultRandom(),
  survivorId: uuid('survivor_id').notNull(),
  mergedId: uuid('merged_id').notNull(),
  reason: text('reason').notNull(),
  /** Field by field, which record's value survived. */
  choices: jsonb('choices').$type<Record<string, 'survivor' | 'merged'>>().notNull(),
  /** Both records as they were before the merge, and what was moved, so the merge can be undone. */
  before: jsonb('before').$type<Record<string, unknown>>().notNull(),
  mergedBy: uuid('merged_by'),
  mergedAt: timestamp('merged_at', { withTimezone: true }).notNull().defaultNow(),
  undoneBy: uuid('undone_by'),
  undoneAt: timestamp('undone_at', { withTimezone: true }),
  undoReason: text('undo_reason'),
});
