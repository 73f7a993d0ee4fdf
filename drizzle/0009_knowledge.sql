CREATE TABLE "knowledge_article_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"category_id" uuid NOT NULL,
	"translations" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "knowledge_articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"published_version_id" uuid,
	"working_version_id" uuid,
	"archived" boolean DEFAULT false NOT NULL,
	"helpful" integer DEFAULT 0 NOT NULL,
	"not_helpful" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agent_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"duration_seconds" integer NOT NULL,
	"caller_language" text NOT NULL,
	"category_id" uuid,
	"article_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"outcome" text NOT NULL,
	"escalated_to" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"parent_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"names" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_feedback" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "knowledge_feedback_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"article_id" uuid NOT NULL,
	"language" text NOT NULL,
	"helpful" boolean NOT NULL,
	"channel" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_index_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_languages" (
	"code" text PRIMARY KEY NOT NULL,
	"native_name" text NOT NULL,
	"english_name" text NOT NULL,
	"rtl" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"translations" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "knowledge_searches" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "knowledge_searches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"query" text NOT NULL,
	"language" text NOT NULL,
	"all_languages" boolean DEFAULT false NOT NULL,
	"category_id" uuid,
	"results" integer NOT NULL,
	"channel" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_article_versions_number_idx" ON "knowledge_article_versions" USING btree ("article_id","number");--> statement-breakpoint
CREATE INDEX "knowledge_article_versions_status_idx" ON "knowledge_article_versions" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_articles_key_idx" ON "knowledge_articles" USING btree ("key");--> statement-breakpoint
CREATE INDEX "knowledge_calls_started_idx" ON "knowledge_calls" USING btree ("started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_categories_key_idx" ON "knowledge_categories" USING btree ("key");--> statement-breakpoint
CREATE INDEX "knowledge_feedback_article_idx" ON "knowledge_feedback" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "knowledge_notices_site_idx" ON "knowledge_notices" USING btree ("site_id","status");--> statement-breakpoint
CREATE INDEX "knowledge_searches_at_idx" ON "knowledge_searches" USING btree ("at");--> statement-breakpoint
INSERT INTO "knowledge_index_state" ("id", "version") VALUES (1, 0) ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- The languages the call centre answers in; administrators can add, reorder or switch off languages.
INSERT INTO "knowledge_languages" ("code", "native_name", "english_name", "rtl", "position") VALUES
  ('ro', 'Română', 'Romanian', false, 1),
  ('en', 'English', 'English', false, 2),
  ('ar', 'العربية', 'Arabic', true, 3),
  ('fa-AF', 'دری', 'Dari', true, 4),
  ('ps', 'پښتو', 'Pashto', true, 5),
  ('ur', 'اردو', 'Urdu', true, 6),
  ('ru', 'Русский', 'Russian', false, 7),
  ('uk', 'Українська', 'Ukrainian', false, 8),
  ('fr', 'Français', 'French', false, 9)
ON CONFLICT DO NOTHING;
