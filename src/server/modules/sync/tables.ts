/**
 * Tables of the synchronisation between headquarters (HQ) and remote border posts (edges). An edge keeps
 * its outbox, its cursors and the base of each person it holds; HQ keeps the inbox of every change
 * applied, the posts' last contact, the feed of person changes, site credentials and conflicts for review.
 */
import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// ---------- at the edge ----------

/**
 * Changes written at the post, in the transaction that made them, in the order they were made (`seq`;
 * writers take a transaction lock first, so `seq` order is commit order). Sent until HQ acknowledges.
 */
export const syncOutbox = pgTable(
  'sync_outbox',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    /** The change's identity, stable however often it is sent; HQ applies each id once. */
    changeId: uuid('change_id').notNull().unique(),
    /** person, crossing or alert. */
    kind: text('kind').notNull(),
    entityId: uuid('entity_id').notNull(),
    payload: jsonb('payload').$type<unknown>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    /** When HQ acknowledged it (applied now or before); null while it waits. */
    ackedAt: timestamp('acked_at', { withTimezone: true }),
    /** applied, duplicate, conflict (applied, HQ kept its values, review at HQ) or rejected. */
    outcome: text('outcome'),
    message: text('message'),
  },
  (t) => [index('sync_outbox_waiting_idx').on(t.seq).where(sql`acked_at is null`)],
);

/** The edge's small state: cursors and link facts, one row per key. */
export const syncState = pgTable('sync_state', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<unknown>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * For each person the post holds, the values it last had in common with HQ (received from HQ, or last
 * sent up): a change sent up carries them, so HQ can tell which fields the post changed.
 */
export const syncPersonBases = pgTable('sync_person_bases', {
  personId: uuid('person_id').primaryKey(),
  fields: jsonb('fields').$type<Record<string, unknown>>().notNull(),
  /** HQ's version of the record when it came down (null: only sent up so far). */
  hqVersion: integer('hq_version'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// ---------- at headquarters ----------

/** Every change applied from a post: the change id is the key, so a change is applied once. */
export const syncInbox = pgTable(
  'sync_inbox',
  {
    changeId: uuid('change_id').primaryKey(),
    siteId: uuid('site_id').notNull(),
    /** The post's sequence number of the change. */
    seq: bigint('seq', { mode: 'number' }).notNull(),
    kind: text('kind').notNull(),
    entityId: uuid('entity_id').notNull(),
    /** applied, conflict or rejected. */
    outcome: text('outcome').notNull(),
    message: text('message'),
    createdAt: timestamp('created_at', { withTimezone: true }),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sync_inbox_site_idx').on(t.siteId, t.seq)],
);

/** What HQ knows of each post: last contact and what the post reported then. */
export const syncPosts = pgTable('sync_posts', {
  siteId: uuid('site_id').primaryKey(),
  lastContactAt: timestamp('last_contact_at', { withTimezone: true }),
  queueLength: integer('queue_length'),
  oldestUnsentAt: timestamp('oldest_unsent_at', { withTimezone: true }),
  /** The post's watchlist versions: { sourceId: version }. */
  versions: jsonb('versions').$type<Record<string, number>>(),
  changesApplied: bigint('changes_applied', { mode: 'number' }).notNull().default(0),
  lastChangeAt: timestamp('last_change_at', { withTimezone: true }),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
});

/** A site credential: a platform API key (scope `sync:site`) bound to one BCP. */
export const syncSiteCredentials = pgTable(
  'sync_site_credentials',
  {
    apiKeyId: uuid('api_key_id').primaryKey(),
    siteId: uuid('site_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sync_site_credentials_site_idx').on(t.siteId)],
);

/**
 * Persons changed at HQ, in the order posts read them: `xid` is the writing transaction, and a reader
 * takes only rows of transactions older than every one still running, so none is skipped.
 */
export const syncPersonFeed = pgTable(
  'sync_person_feed',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    xid: bigint('xid', { mode: 'number' }).notNull(),
    personId: uuid('person_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sync_person_feed_order_idx').on(t.xid, t.seq)],
);

/** A person edited at both sides: HQ kept its values, the post's are here for review. */
export const syncConflicts = pgTable(
  'sync_conflicts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').notNull(),
    siteId: uuid('site_id').notNull(),
    changeId: uuid('change_id').notNull(),
    fields: text('fields').array().notNull(),
    hqValues: jsonb('hq_values').$type<Record<string, unknown>>().notNull(),
    postValues: jsonb('post_values').$type<Record<string, unknown>>().notNull(),
    baseValues: jsonb('base_values').$type<Record<string, unknown> | null>(),
    /** The person's HQ version when the conflict was found. */
    hqVersion: integer('hq_version').notNull(),
    /** When the post made its change, and who (the username at the post; null when the post did not say). */
    postChangedAt: timestamp('post_changed_at', { withTimezone: true }),
    postChangedBy: text('post_changed_by'),
    status: text('status').notNull().default('open'),
    /** keep-hq or take-post. */
    resolution: text('resolution'),
    note: text('note'),
    resolvedBy: uuid('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    detectedAt: timestamp('detected_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sync_conflicts_status_idx').on(t.status, t.detectedAt), index('sync_conflicts_person_idx').on(t.personId)],
);
