CREATE TABLE "sync_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"change_id" uuid NOT NULL,
	"fields" text[] NOT NULL,
	"hq_values" jsonb NOT NULL,
	"post_values" jsonb NOT NULL,
	"base_values" jsonb,
	"hq_version" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"resolution" text,
	"note" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"detected_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_inbox" (
	"change_id" uuid PRIMARY KEY NOT NULL,
	"site_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"kind" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"message" text,
	"created_at" timestamp with time zone,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_outbox" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"change_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"acked_at" timestamp with time zone,
	"outcome" text,
	"message" text,
	CONSTRAINT "sync_outbox_change_id_unique" UNIQUE("change_id")
);
--> statement-breakpoint
CREATE TABLE "sync_person_bases" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"fields" jsonb NOT NULL,
	"hq_version" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_person_feed" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"xid" bigint NOT NULL,
	"person_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_posts" (
	"site_id" uuid PRIMARY KEY NOT NULL,
	"last_contact_at" timestamp with time zone,
	"queue_length" integer,
	"oldest_unsent_at" timestamp with time zone,
	"versions" jsonb,
	"changes_applied" bigint DEFAULT 0 NOT NULL,
	"last_change_at" timestamp with time zone,
	"last_seq" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_site_credentials" (
	"api_key_id" uuid PRIMARY KEY NOT NULL,
	"site_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_state" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "sync_conflicts_status_idx" ON "sync_conflicts" USING btree ("status","detected_at");--> statement-breakpoint
CREATE INDEX "sync_conflicts_person_idx" ON "sync_conflicts" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "sync_inbox_site_idx" ON "sync_inbox" USING btree ("site_id","seq");--> statement-breakpoint
CREATE INDEX "sync_outbox_waiting_idx" ON "sync_outbox" USING btree ("seq") WHERE acked_at is null;--> statement-breakpoint
CREATE INDEX "sync_person_feed_order_idx" ON "sync_person_feed" USING btree ("xid","seq");--> statement-breakpoint
CREATE INDEX "sync_site_credentials_site_idx" ON "sync_site_credentials" USING btree ("site_id");--> statement-breakpoint
UPDATE "roles" SET "permissions" = array_append("permissions", 'sync.monitor') WHERE "code" IN ('administrator', 'border-supervisor') AND "builtin" AND NOT ('sync.monitor' = ANY("permissions"));--> statement-breakpoint
UPDATE "roles" SET "permissions" = array_append("permissions", 'sync.manage') WHERE "code" IN ('administrator', 'border-supervisor') AND "builtin" AND NOT ('sync.manage' = ANY("permissions"));
