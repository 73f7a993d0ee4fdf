/** Tables of the temporary identity documents: types, number series and blocks, documents, signing keys, verifications. */
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A kind of document we issue, as configuration. */
export const documentTypes = pgTable('document_types', {
  code: text('code').primaryKey(),
  nameEn: text('name_en').notNull(),
  nameRo: text('name_ro').notNull(),
  /** TD1 document code: 1–2 letters starting with A, C or I. */
  mrzCode: text('mrz_code').notNull(),
  /** Two letters naming the national number series the type draws from. */
  numberPrefix: text('number_prefix').notNull(),
  validityMonths: integer('validity_months').notNull(),
  renewable: boolean('renewable').notNull().default(true),
  maxRenewals: integer('max_renewals').notNull().default(0),
  /** Renewal may be applied for from this many days before expiry (and after it). */
  renewalWindowDays: integer('renewal_window_days').notNull().default(30),
  allowedStatuses: text('allowed_statuses').array().notNull().default(sql`'{}'::text[]`),
  /** In minor units (bani); 0 means no fee. */
  feeAmount: integer('fee_amount').notNull().default(0),
  feeCurrency: text('fee_currency').notNull().default('RON'),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The central allocator: one row per national number series (prefix). */
export const documentNumberSeries = pgTable('document_number_series', {
  prefix: text('prefix').primaryKey(),
  /** The first number not yet handed out in a block. */
  nextNumber: bigint('next_number', { mode: 'number' }).notNull().default(1),
  lastNumber: bigint('last_number', { mode: 'number' }).notNull().default(9_999_999),
});

/** Issuing settings of an office (a site of type issuing-office); defaults apply when absent. */
export const documentOffices = pgTable('document_offices', {
  siteId: uuid('site_id').primaryKey(),
  blockSize: integer('block_size').notNull().default(1000),
  lowWater: integer('low_water').notNull().default(100),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A block of consecutive numbers an office holds; numbers leave it one at a time through `next_number`. */
export const documentNumberBlocks = pgTable(
  'document_number_blocks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id').notNull(),
    prefix: text('prefix').notNull(),
    firstNumber: bigint('first_number', { mode: 'number' }).notNull(),
    lastNumber: bigint('last_number', { mode: 'number' }).notNull(),
    nextNumber: bigint('next_number', { mode: 'number' }).notNull(),
    drawnAt: timestamp('drawn_at', { withTimezone: true }).notNull().defaultNow(),
    drawnBy: uuid('drawn_by'),
  },
  (t) => [uniqueIndex('document_number_blocks_range_idx').on(t.prefix, t.firstNumber), index('document_number_blocks_site_idx').on(t.siteId, t.prefix)],
);

/** One document, from application to its end. */
export const issuedDocuments = pgTable(
  'issued_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    typeCode: text('type_code').notNull(),
    personId: uuid('person_id').notNull(),
    siteId: uuid('site_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    status: text('status').notNull().default('applied'),
    number: text('number'),
    issuedOn: date('issued_on'),
    expiresOn: date('expires_on'),
    fee: jsonb('fee').$type<DocumentFee>().notNull(),
    note: text('note'),
    requestedBy: uuid('requested_by').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    approvedBy: uuid('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    printedAt: timestamp('printed_at', { withTimezone: true }),
    printCount: integer('print_count').notNull().default(0),
    handedOverAt: timestamp('handed_over_at', { withTimezone: true }),
    handedOverBy: uuid('handed_over_by'),
    receivedBy: text('received_by'),
    receiptImage: text('receipt_image'),
    /** When the document left use (revoked, reported lost/stolen, superseded, rejected), and why. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    statusReason: text('status_reason'),
    renewsId: uuid('renews_id'),
    replacesId: uuid('replaces_id'),
    replaceReason: text('replace_reason'),
    supersededById: uuid('superseded_by_id'),
    /** How many renewals lie behind this document (0 for a first issue). */
    renewalCount: integer('renewal_count').notNull().default(0),
    /** MRZ lines and seal as printed; set at approval and again when a spoiled card gets a new number. */
    mrz: text('mrz').array(),
    sealPayload: text('seal_payload'),
    sealKeyId: text('seal_key_id'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('issued_documents_number_idx').on(t.number),
    index('issued_documents_person_idx').on(t.personId),
    index('issued_documents_site_idx').on(t.siteId, t.issuedOn),
    index('issued_documents_status_idx').on(t.status),
  ],
);

/** Fee of an application: paid with a receipt, waived with a reason, or none for a free type. */
export type DocumentFee = { status: 'paid'; receipt: string; amount: number; currency: string } | { status: 'waived'; reason: string } | { status: 'none' };

/** A step in a document's life, for its timeline. */
export const documentEvents = pgTable(
  'document_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    documentId: uuid('document_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    action: text('action').notNull(),
    actorUserId: uuid('actor_user_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('document_events_document_idx').on(t.documentId, t.at)],
);

/** A number that left its block on a card that was spoiled in printing: the explanation of that gap. */
export const documentSpoiledNumbers = pgTable('document_spoiled_numbers', {
  number: text('number').primaryKey(),
  documentId: uuid('document_id').notNull(),
  siteId: uuid('site_id').notNull(),
  reason: text('reason').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  by: uuid('by'),
});

/** Ed25519 keys of the issuing authority; public keys are published, private keys never leave the server. */
export const documentSigningKeys = pgTable(
  'document_signing_keys',
  {
    keyId: text('key_id').primaryKey(),
    publicKey: text('public_key').notNull(),
    /** PKCS#8 PEM, encrypted with SEAL_KEY_PASSPHRASE when it is set. */
    privateKey: text('private_key').notNull(),
    encrypted: boolean('encrypted').notNull(),
    status: text('status').notNull().default('current'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokeReason: text('revoke_reason'),
  },
  // At most one current key, whatever the number of processes generating one at once.
  (t) => [uniqueIndex('document_signing_keys_current_idx').on(t.status).where(sql`status = 'current'`)],
);

/** One verification attempt, without personal data: no number, no name, no address. */
export const documentVerifications = pgTable(
  'document_verifications',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    signature: text('signature').notNull(),
    status: text('status'),
    keyId: text('key_id'),
    documentType: text('document_type'),
  },
  (t) => [index('document_verifications_at_idx').on(t.at)],
);
