CREATE SEQUENCE "public"."asylum_application_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "asylum_age_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"method" text NOT NULL,
	"assessed_on" date NOT NULL,
	"assessed_by" text NOT NULL,
	"result_age" integer,
	"result_date_of_birth" date,
	"note" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asylum_appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"lodged_on" date NOT NULL,
	"court" text,
	"note" text,
	"appealed_from" text NOT NULL,
	"outcome" text,
	"outcome_on" date,
	"outcome_note" text,
	"lodged_by" uuid,
	"outcome_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asylum_application_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "asylum_application_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"application_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asylum_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"person_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" text NOT NULL,
	"lodged_on" date NOT NULL,
	"note" text,
	"decision_due_on" date NOT NULL,
	"decision_outcome" text,
	"decided_on" date,
	"decided_by" uuid,
	"decision_note" text,
	"notified_on" date,
	"appeal_due_on" date,
	"closed_on" date,
	"lodged_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "asylum_applications_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "asylum_family_tracing" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"opened_on" date NOT NULL,
	"status" text NOT NULL,
	"contacts" text DEFAULT '' NOT NULL,
	"outcome" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asylum_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"screening_id" uuid NOT NULL,
	"category" text NOT NULL,
	"labels" text[] DEFAULT '{}'::text[] NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"assignee_organisation_id" uuid,
	"assignee_team" text,
	"outcome" text,
	"done_on" date,
	"done_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asylum_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"interviewer" text NOT NULL,
	"interpreter_language" text,
	"notes" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asylum_minor_files" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"manual_unaccompanied" boolean,
	"note" text,
	"labels" text[] DEFAULT '{minor}'::text[] NOT NULL,
	"organisation_id" uuid NOT NULL,
	"opened_on" date NOT NULL,
	"opened_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asylum_questionnaires" (
	"version" integer PRIMARY KEY NOT NULL,
	"questions" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asylum_representative_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"representative_id" uuid NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date,
	"note" text,
	"assigned_by" uuid,
	"ended_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asylum_representatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"organisation" text NOT NULL,
	"contact" text NOT NULL,
	"trained_on" date NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asylum_screenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"screened_on" date NOT NULL,
	"answers" jsonb NOT NULL,
	"flagged" text[] DEFAULT '{}'::text[] NOT NULL,
	"labels" text[] DEFAULT '{}'::text[] NOT NULL,
	"note" text,
	"organisation_id" uuid NOT NULL,
	"screened_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asylum_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"decision_due_months" integer NOT NULL,
	"appeal_deadline_days" integer NOT NULL,
	"due_soon_days" integer NOT NULL,
	"follow_up_due_days" integer NOT NULL,
	"status_after_final_rejection" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asylum_vulnerability_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"screening_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"category" text NOT NULL,
	"labels" text[] DEFAULT '{}'::text[] NOT NULL,
	"organisation_id" uuid NOT NULL,
	"screened_on" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "asylum_age_assessments" ADD CONSTRAINT "asylum_age_assessments_person_id_asylum_minor_files_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."asylum_minor_files"("person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asylum_appeals" ADD CONSTRAINT "asylum_appeals_application_id_asylum_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."asylum_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asylum_family_tracing" ADD CONSTRAINT "asylum_family_tracing_person_id_asylum_minor_files_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."asylum_minor_files"("person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asylum_follow_ups" ADD CONSTRAINT "asylum_follow_ups_screening_id_asylum_screenings_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."asylum_screenings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asylum_interviews" ADD CONSTRAINT "asylum_interviews_application_id_asylum_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."asylum_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asylum_representative_assignments" ADD CONSTRAINT "asylum_representative_assignments_person_id_asylum_minor_files_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."asylum_minor_files"("person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asylum_representative_assignments" ADD CONSTRAINT "asylum_representative_assignments_representative_id_asylum_representatives_id_fk" FOREIGN KEY ("representative_id") REFERENCES "public"."asylum_representatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asylum_screenings" ADD CONSTRAINT "asylum_screenings_version_asylum_questionnaires_version_fk" FOREIGN KEY ("version") REFERENCES "public"."asylum_questionnaires"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asylum_vulnerability_flags" ADD CONSTRAINT "asylum_vulnerability_flags_screening_id_asylum_screenings_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."asylum_screenings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "asylum_age_assessments_person_idx" ON "asylum_age_assessments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "asylum_appeals_application_idx" ON "asylum_appeals" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "asylum_application_events_application_idx" ON "asylum_application_events" USING btree ("application_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "asylum_applications_open_person_idx" ON "asylum_applications" USING btree ("person_id") WHERE "asylum_applications"."status" in ('lodged', 'interviewed', 'rejected', 'appealed');--> statement-breakpoint
CREATE INDEX "asylum_applications_person_idx" ON "asylum_applications" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "asylum_applications_decision_due_idx" ON "asylum_applications" USING btree ("status","decision_due_on");--> statement-breakpoint
CREATE INDEX "asylum_applications_appeal_due_idx" ON "asylum_applications" USING btree ("status","appeal_due_on");--> statement-breakpoint
CREATE INDEX "asylum_family_tracing_person_idx" ON "asylum_family_tracing" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "asylum_follow_ups_status_idx" ON "asylum_follow_ups" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "asylum_follow_ups_person_idx" ON "asylum_follow_ups" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "asylum_interviews_application_idx" ON "asylum_interviews" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "asylum_representative_current_idx" ON "asylum_representative_assignments" USING btree ("person_id") WHERE "asylum_representative_assignments"."to_on" is null;--> statement-breakpoint
CREATE INDEX "asylum_representative_caseload_idx" ON "asylum_representative_assignments" USING btree ("representative_id","to_on");--> statement-breakpoint
CREATE INDEX "asylum_screenings_person_idx" ON "asylum_screenings" USING btree ("person_id","screened_on");--> statement-breakpoint
CREATE INDEX "asylum_vulnerability_flags_person_idx" ON "asylum_vulnerability_flags" USING btree ("person_id");--> statement-breakpoint
-- A release that gives a built-in role a new permission does so here (ensureBuiltinRoles leaves existing roles alone).
UPDATE "roles" SET "permissions" = array_append("permissions", 'asylum.decide') WHERE "code" = 'administrator' AND "builtin" AND NOT ('asylum.decide' = ANY("permissions"));
