/** Tables of border management: crossings and vehicles, watchlists (versioned), lost/stolen documents, alerts. */
import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** One vehicle passing a BCP with its driver and passengers, recorded as one group. */
export const vehicleCrossings = pgTable(
  'vehicle_crossings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Idempotency key of the whole group (each occupant's crossing gets `<clientRef>/<n>`). */
    clientRef: text('client_ref').notNull(),
    siteId: uuid('site_id').notNull(),
    lane: text('lane'),
    direction: text('direction').notNull(),
    plate: text('plate').notNull(),
    country: text('country').notNull(),
    vehicleType: text('vehicle_type').notNull(),
    officerId: uuid('officer_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('vehicle_crossings_client_ref_idx').on(t.clientRef),
    index('vehicle_crossings_site_at_idx').on(t.siteId, t.at),
    index('vehicle_crossings_plate_idx').on(t.plate),
  ],
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
    /** When the decision was taken. */
    at: timestamp('at', { withTimezone: true }).notNull(),
    officerId: uuid('officer_id'),
    personId: uuid('person_id').notNull(),
    documentNumber: text('document_number'),
    documentIssuingState: text('document_issuing_state'),
    documentKind: text('document_kind'),
    documentExpiry: date('document_expiry'),
    /** How the document was taken (`mrz` or `typed`) and what was wrong with it (`expired`). */
    documentSource: text('document_source').notNull().default('typed'),
    documentFlags: text('document_flags').array().notNull().default(sql`'{}'::text[]`),
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
    // The national list and its export read newest first in (at, id) order, a batch after a row at a time.
    index('crossings_at_id_idx').on(t.at, t.id),
    index('crossings_person_at_idx').on(t.personId, t.at),
    index('crossings_vehicle_idx').on(t.vehicleCrossingId),
  ],
);

export const watchlistSources = pgTable('watchlist_sources', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** national, sanctions or imported. */
  kind: text('kind').notNull(),
  /** Name hits scoring below this are not raised as alerts. */
  threshold: doublePrecision('threshold').notNull().default(0.8),
  active: boolean('active').notNull().default(true),
  /** The version screening uses; entries of a version still being imported are not live yet. */
  currentVersion: integer('current_version').notNull().default(0),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A version of a list that went live: what the import did. */
export const watchlistVersions = pgTable(
  'watchlist_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: uuid('source_id').notNull(),
    version: integer('version').notNull(),
    mode: text('mode').notNull(),
    importId: uuid('import_id'),
    note: text('note'),
    /** Entries new in this version, entries whose content changed (old row removed, new row added), removed, kept as they were. */
    added: integer('added').notNull().default(0),
    changed: integer('changed').notNull().default(0),
    removed: integer('removed').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('watchlist_versions_source_version_idx').on(t.sourceId, t.version)],
);

/** An import of a CSV into a source, with its progress (the job row is updated as it goes). */
export const watchlistImports = pgTable(
  'watchlist_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: uuid('source_id').notNull(),
    /** The version this import becomes when it finishes. */
    version: integer('version').notNull(),
    mode: text('mode').notNull(),
    status: text('status').notNull().default('running'),
    fileName: text('file_name'),
    note: text('note'),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    added: integer('added').notNull().default(0),
    changed: integer('changed').notNull().default(0),
    removed: integer('removed').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    failure: text('failure'),
    startedBy: uuid('started_by'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    // One import at a time per source: a second one is refused while the first runs.
    uniqueIndex('watchlist_imports_running_idx').on(t.sourceId).where(sql`status = 'running'`),
    index('watchlist_imports_source_idx').on(t.sourceId, t.startedAt),
  ],
);

export interface WatchlistName {
  name: string;
  kind: 'primary' | 'alias';
}

/**
 * A listed person as one version of a list gave it. Rows are never changed in content: a version that
 * changes an entry removes the old row and adds a new one, so an alert always points at what was listed.
 */
export const watchlistEntries = pgTable(
  'watchlist_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: uuid('source_id').notNull(),
    externalRef: text('external_ref').notNull(),
    /** Hash of the listed content, to tell an unchanged entry from a changed one on re-import. */
    contentHash: text('content_hash').notNull(),
    names: jsonb('names').$type<WatchlistName[]>().notNull(),
    /** Blocking keys of every name and alias (src/common/names). */
    nameKeys: text('name_keys').array().notNull().default(sql`'{}'::text[]`),
    /** name_keys hashed by the database (migration 0005's name_key_hashes), as persons.name_hashes. */
    nameHashes: integer('name_hashes').array().notNull().generatedAlwaysAs(sql`name_key_hashes(name_keys)`),
    /**
     * Each key with each birth year the entry's range covers ('?' when unknown or wider than ten years),
     * hashed, as persons.name_year_hashes: a traveller with a date of birth is looked up among entries
     * born within a year of it, not among every namesake on the list.
     */
    nameYearHashes: integer('name_year_hashes')
      .array()
      .notNull()
      .generatedAlwaysAs(sql`name_year_key_hashes(name_keys, birth_from, birth_to)`),
    searchText: text('search_text').notNull().default(''),
    dateOfBirth: text('date_of_birth'),
    dateOfBirthEstimated: boolean('date_of_birth_estimated').notNull().default(false),
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
    index('watchlist_entries_name_hashes_idx').using('gin', sql`${t.nameHashes} gin__int_ops`),
    index('watchlist_entries_name_year_hashes_idx').using('gin', sql`${t.nameYearHashes} gin__int_ops`),
    index('watchlist_entries_docs_idx').using('gin', t.documentNumbers),
    index('watchlist_entries_source_idx').on(t.sourceId, t.removedInVersion),
    index('watchlist_entries_ref_idx').on(t.sourceId, t.externalRef),
  ],
);

export const lostDocuments = pgTable(
  'lost_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    issuingState: text('issuing_state').notNull(),
    /** lost, stolen, revoked or invalidated. */
    reason: text('reason').notNull(),
    reportedAt: date('reported_at').notNull(),
    source: text('source'),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by'),
    deactivatedBy: uuid('deactivated_by'),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
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
    /** watchlist or lost-document. */
    kind: text('kind').notNull(),
    watchlistEntryId: uuid('watchlist_entry_id'),
    sourceId: uuid('source_id'),
    /** The version of the list that was live when the hit was found. */
    listVersion: integer('list_version'),
    lostDocumentId: uuid('lost_document_id'),
    action: text('action'),
    score: doublePrecision('score').notNull(),
    /** The hit as screening explained it, with the traveller's and the entry's data at that moment. */
    explanation: jsonb('explanation').$type<unknown>().notNull(),
    /** open → false-positive (closed) or confirmed → closed (by a supervisor). */
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
  (t) => [index('alerts_status_idx').on(t.status, t.createdAt), index('alerts_person_idx').on(t.personId), index('alerts_crossing_idx').on(t.crossingId)],
);

/**
 * A false positive remembered: this person is not stopped again for this entry while neither changes.
 * Keyed on the person's record version and the entry's version (the list version that added it).
 */
export const falsePositives = pgTable(
  'alert_false_positives',
  {
    personId: uuid('person_id').notNull(),
    watchlistEntryId: uuid('watchlist_entry_id').notNull(),
    personVersion: integer('person_version').notNull(),
    entryVersion: integer('entry_version').notNull(),
    alertId: uuid('alert_id').notNull(),
    reason: text('reason').notNull(),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('false_positives_pair_idx').on(t.personId, t.watchlistEntryId)],
);
