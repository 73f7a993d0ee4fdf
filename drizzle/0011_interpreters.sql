CREATE TABLE "interpreter_availability" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interpreter_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"weekday" integer,
	"start_minute" integer,
	"end_minute" integer,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "interpreter_availability_shape" CHECK (("interpreter_availability"."kind" = 'weekly' and "interpreter_availability"."weekday" between 1 and 7 and "interpreter_availability"."start_minute" >= 0 and "interpreter_availability"."end_minute" <= 1440 and "interpreter_availability"."start_minute" < "interpreter_availability"."end_minute")
        or ("interpreter_availability"."kind" in ('dated', 'unavailable') and "interpreter_availability"."starts_at" < "interpreter_availability"."ends_at"))
);
--> statement-breakpoint
CREATE TABLE "interpreter_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interpreter_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"language" text NOT NULL,
	"modality" text NOT NULL,
	"purpose_kind" text NOT NULL,
	"purpose_ref" text DEFAULT '' NOT NULL,
	"purpose_label" text DEFAULT '' NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"outside_availability" boolean DEFAULT false NOT NULL,
	"organisation_id" uuid NOT NULL,
	"booked_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancel_reason" text,
	CONSTRAINT "interpreter_bookings_period" CHECK ("interpreter_bookings"."starts_at" < "interpreter_bookings"."ends_at"),
	CONSTRAINT "interpreter_bookings_status" CHECK ("interpreter_bookings"."status" in ('booked', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "interpreters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"languages" text[] NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"phone" text,
	"email" text,
	"modalities" text[] NOT NULL,
	"time_zone" text DEFAULT 'Europe/Bucharest' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"managed_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interpreter_availability" ADD CONSTRAINT "interpreter_availability_interpreter_id_interpreters_id_fk" FOREIGN KEY ("interpreter_id") REFERENCES "public"."interpreters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreter_bookings" ADD CONSTRAINT "interpreter_bookings_interpreter_id_interpreters_id_fk" FOREIGN KEY ("interpreter_id") REFERENCES "public"."interpreters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interpreter_availability_interpreter_idx" ON "interpreter_availability" USING btree ("interpreter_id");--> statement-breakpoint
CREATE INDEX "interpreter_bookings_interpreter_idx" ON "interpreter_bookings" USING btree ("interpreter_id","starts_at");--> statement-breakpoint
CREATE INDEX "interpreter_bookings_purpose_idx" ON "interpreter_bookings" USING btree ("purpose_kind","purpose_ref");--> statement-breakpoint
CREATE INDEX "interpreter_bookings_starts_idx" ON "interpreter_bookings" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "interpreters_languages_idx" ON "interpreters" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "interpreters_name_idx" ON "interpreters" USING btree ("name");--> statement-breakpoint
-- No double booking, whatever the writer: one interpreter's booked periods never overlap. Half-open
-- periods ('[)'), so 10:00–11:00 and 11:00–12:00 both stand. btree_gist gives GiST the uuid equality.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "interpreter_bookings" ADD CONSTRAINT "interpreter_bookings_no_overlap" EXCLUDE USING gist ("interpreter_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" = 'booked');--> statement-breakpoint
-- A release that gives built-in roles a new permission does so here (ensureBuiltinRoles leaves existing roles alone).
UPDATE "roles" SET "permissions" = array_append("permissions", 'interpreters.manage') WHERE "code" = 'administrator' AND "builtin" AND NOT ('interpreters.manage' = ANY("permissions"));--> statement-breakpoint
-- Whoever may write cases or manage reception may book interpreters for them.
UPDATE "roles" SET "permissions" = array_append("permissions", 'interpreters.book') WHERE ("code" = 'administrator' AND "builtin" OR 'cases.write' = ANY("permissions") OR 'reception.manage' = ANY("permissions")) AND NOT ('interpreters.book' = ANY("permissions"));
