CREATE TABLE "retention_rules" (
	"record_type" text PRIMARY KEY NOT NULL,
	"keep_months" integer NOT NULL,
	"counted_from" text NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_run_id" uuid,
	"lease_until" timestamp with time zone,
	"scheduled_on" date
);
--> statement-breakpoint
CREATE TABLE "retention_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_type" text NOT NULL,
	"trigger" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"keep_months" integer NOT NULL,
	"counted_from" text NOT NULL,
	"cutoff" timestamp with time zone NOT NULL,
	"removed" integer DEFAULT 0 NOT NULL,
	"deleted" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"batches" integer DEFAULT 0 NOT NULL,
	"error" text,
	"started_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "retention_runs_type_idx" ON "retention_runs" USING btree ("record_type","started_at");--> statement-breakpoint
-- A release that gives a built-in role a new permission does so here (ensureBuiltinRoles leaves existing roles alone).
UPDATE "roles" SET "permissions" = array_append("permissions", 'privacy.retention.manage') WHERE "code" = 'administrator' AND "builtin" AND NOT ('privacy.retention.manage' = ANY("permissions"));
--> statement-breakpoint
UPDATE "roles" SET "permissions" = array_append("permissions", 'privacy.subject-access') WHERE "code" = 'administrator' AND "builtin" AND NOT ('privacy.subject-access' = ANY("permissions"));
