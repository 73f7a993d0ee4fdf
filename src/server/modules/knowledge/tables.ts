/** Tables of the call-centre knowledge base: languages, categories, articles and their versions, feedback, searches, calls, centre notices. */
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** One language's question and answer (restricted Markdown). */
export interface ArticleTranslation {
  question: string;
  answer: string;
}
/** A notice's title and body in one language. */
export interface NoticeTranslation {
  title: string;
  body: string;
}

/** The languages articles may be written in (configurable). */
export const knowledgeLanguages = pgTable('knowledge_languages', {
  code: text('code').primaryKey(),
  nativeName: text('native_name').notNull(),
  englishName: text('english_name').notNull(),
  rtl: boolean('rtl').notNull().default(false),
  position: integer('position').notNull().default(0),
  active: boolean('active').notNull().default(true),
});

/** Categories, nested one level (a child's parent has no parent). */
export const knowledgeCategories = pgTable(
  'knowledge_categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    parentId: uuid('parent_id'),
    position: integer('position').notNull().default(0),
    names: jsonb('names').$type<Record<string, string>>().notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [uniqueIndex('knowledge_categories_key_idx').on(t.key)],
);

/** An article: its identity, the live version and the version being worked on. */
export const knowledgeArticles = pgTable(
  'knowledge_articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    publishedVersionId: uuid('published_version_id'),
    workingVersionId: uuid('working_version_id'),
    archived: boolean('archived').notNull().default(false),
    helpful: integer('helpful').notNull().default(0),
    notHelpful: integer('not_helpful').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('knowledge_articles_key_idx').on(t.key)],
);

/** One version of an article: draft → in review → published → superseded, or archived. */
export const knowledgeArticleVersions = pgTable(
  'knowledge_article_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id').notNull(),
    number: integer('number').notNull(),
    status: text('status').notNull().default('draft'),
    categoryId: uuid('category_id').notNull(),
    translations: jsonb('translations').$type<Record<string, ArticleTranslation>>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('knowledge_article_versions_number_idx').on(t.articleId, t.number), index('knowledge_article_versions_status_idx').on(t.status)],
);

/** Bumped whenever what the public sees changes, so every server process refreshes its search index. */
export const knowledgeIndexState = pgTable('knowledge_index_state', {
  id: integer('id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});

/** "Was this helpful?" answers: no personal data. */
export const knowledgeFeedback = pgTable(
  'knowledge_feedback',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    articleId: uuid('article_id').notNull(),
    language: text('language').notNull(),
    helpful: boolean('helpful').notNull(),
    channel: text('channel').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('knowledge_feedback_article_idx').on(t.articleId)],
);

/** Searches people finished (not every keystroke), for top searches and searches that found nothing. */
export const knowledgeSearches = pgTable(
  'knowledge_searches',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    query: text('query').notNull(),
    language: text('language').notNull(),
    allLanguages: boolean('all_languages').notNull().default(false),
    categoryId: uuid('category_id'),
    results: integer('results').notNull(),
    channel: text('channel').notNull(),
  },
  (t) => [index('knowledge_searches_at_idx').on(t.at)],
);

/** A call the call centre took: language, topic, articles used, outcome; nothing about the caller. */
export const knowledgeCalls = pgTable(
  'knowledge_calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agentId: uuid('agent_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    durationSeconds: integer('duration_seconds').notNull(),
    callerLanguage: text('caller_language').notNull(),
    categoryId: uuid('category_id'),
    articleIds: uuid('article_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    outcome: text('outcome').notNull(),
    escalatedTo: uuid('escalated_to'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('knowledge_calls_started_idx').on(t.startedAt)],
);

/** A notice of one reception centre for its kiosk (opening hours, services, house rules). */
export const knowledgeNotices = pgTable(
  'knowledge_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id').notNull(),
    kind: text('kind').notNull(),
    translations: jsonb('translations').$type<Record<string, NoticeTranslation>>().notNull(),
    status: text('status').notNull().default('draft'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [index('knowledge_notices_site_idx').on(t.siteId, t.status)],
);
