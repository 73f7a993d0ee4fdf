/** Tables of border management: crossings and vehicles, watchlists (versioned), lost/stolen documents, alerts. */
import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** One vehicle passing a BCP with its driver and passengers, recorded as one group. */
export const vehicleCrossings = pgTable(
  'vehicle_crossings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id').notNull(),
    lane: text('lane'),
    direction: text('direction').notNull(),
    plate: text('plate').notNull(),
    country: text('country').notNull(),
    vehicleType: text('vehicle_type').notNull(),
    officerId: uuid('officer_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('vehicle_crossings_site_at_idx').on(t.siteId, t.at), index('vehicle_crossings_plate_idx').on(t.plate)],
);

export const crossings = pgTable(
  'crossings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Idempotency key from the desk (or a remote post): the same crossing sent twice is recorded once. */
    clientRef: text('client_ref').notNull(),
    siteId: uuid('site_id').notNull(),
    lane: text('lane'),
    direction: text('direction').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    officerId: uuid('officer_id'),
    personId: uuid('person_id').notNull(),
    documentNumber: text('document_number'),
    documentIssuingState: text('document_issuing_state'),
    documentKind: text('document_kind'),
    nationality: text('nationality'),
    vehicleCrossingId: uuid('vehicle_crossing_id'),
    vehicleRole: text('vehicle_role'),
    purpose: text('purpose'),
    decision: text('decision').notNull(),
    refusalReason: text('refusal_reason'),
    firstScanAt: timestamp('first_scan_at', { withTimezone: true }),
    processingMs: integer('processing_ms'),
    screeningHits: integer('screening_hits').notNull().default(0),
    exercise: boolean('exercise').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('crossings_client_ref_idx').on(t.clientRef),
    index('crossings_site_at_idx').on(t.siteId, t.at),
    index('crossings_person_at_idx').on(t.personId, t.at),
  ],
);

export const watchlistSources = pgTable('watchlist_sources', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  /** Hits scoring below this are not raised as alerts. */
  threshold: doublePrecision('threshold').notNull().default(0.85),
  active: boolean('active').notNull().default(true),
  currentVersion: integer('current_version').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const watchlistVersions = pgTable(
  'watchlist_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: uuid('source_id').notNull(),
    version: integer('version').notNull(),
    note: text('note'),
    added: integer('added').notNull().default(0),
    removed: integer('removed').notNull().default(0),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('watchlist_versions_source_version_idx').on(t.sourceId, t.version)],
);

export interface WatchlistName {
  name: string;
  kind: 'primary' | 'alias';
}

export const watchlistEntries = pgTable(
  'watchlist_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: uuid('source_id').notNull(),
    externalRef: text('external_ref'),
    names: jsonb('names').$type<WatchlistName[]>().notNull(),
    nameKeys: text('name_keys').array().notNull().default(sql`'{}'::text[]`),
    searchText: text('search_text').notNull().default(''),
    dateOfBirth: text('date_of_birth'),
    birthFrom: date('birth_from'),
    birthTo: date('birth_to'),
    nationalities: text('nationalities').array().notNull().default(sql`'{}'::text[]`),
    documentNumbers: text('document_numbers').array().notNull().default(sql`'{}'::text[]`),
    action: text('action').notNull(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    note: text('note'),
    addedInVersion: integer('added_in_version').notNull(),
    /** Set when a later version removed the entry; the row stays so old alerts keep their evidence. */
    removedInVersion: integer('removed_in_version'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('watchlist_entries_keys_idx').using('gin', t.nameKeys),
    index('watchlist_entries_docs_idx').using('gin', t.documentNumbers),
    index('watchlist_entries_source_idx').on(t.sourceId, t.removedInVersion),
  ],
);

export const lostDocuments = pgTable(
  'lost_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    issuingState: text('issuing_state').notNull(),
    reason: text('reason').notNull(),
    reportedAt: date('reported_at').notNull(),
    source: text('source'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('lost_documents_number_state_idx').on(t.number, t.issuingState)],
);

export const alerts = pgTable(
  'alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    crossingId: uuid('crossing_id'),
    siteId: uuid('site_id'),
    personId: uuid('person_id'),
    kind: text('kind').notNull(),
    watchlistEntryId: uuid('watchlist_entry_id'),
    sourceId: uuid('source_id'),
    listVersion: integer('list_version'),
    lostDocumentId: uuid('lost_document_id'),
    action: text('action'),
    score: doublePrecision('score').notNull(),
    explanation: jsonb('explanation').$type<unknown>().notNull(),
    status: text('status').notNull().default('open'),
    resolution: text('resolution'),
    resolutionReason: text('resolution_reason'),
    resolvedBy: uuid('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    supervisorNote: text('supervisor_note'),
    supervisedBy: uuid('supervised_by'),
    supervisedAt: timestamp('supervised_at', { withTimezone: true }),
    raisedBy: uuid('raised_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('alerts_status_idx').on(t.status, t.createdAt), index('alerts_person_idx').on(t.personId)],
);

/** A false positive remembered: this person is not stopped again for this entry until either changes. */
export const falsePositives = pgTable(
  'alert_false_positives',
  {
    personId: uuid('person_id').notNull(),
    watchlistEntryId: uuid('watchlist_entry_id').notNull(),
    personVersion: integer('person_version').notNull(),
    entryVersion: integer('entry_version').notNull(),
    alertId: uuid('alert_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('false_positives_pair_idx').on(t.personId, t.watchlistEntryId)],
);
