CREATE SEQUENCE "public"."influx_wristband_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "influx_exercise_arrivals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exercise_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"arrives_at" timestamp with time zone NOT NULL,
	"group_key" text NOT NULL,
	"name" text NOT NULL,
	"sex" text NOT NULL,
	"approximate_age" integer NOT NULL,
	"nationality" text,
	"medical_urgency" boolean DEFAULT false NOT NULL,
	"child" boolean DEFAULT false NOT NULL,
	"vulnerable" boolean DEFAULT false NOT NULL,
	"registration_id" uuid
);
--> statement-breakpoint
CREATE TABLE "influx_exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"name" text NOT NULL,
	"mode" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"parameters" jsonb NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"processing_ms" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "influx_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"label" text NOT NULL,
	"site_id" uuid NOT NULL,
	"exercise_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "influx_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"centre_ids" uuid[] NOT NULL,
	"status" text DEFAULT 'inactive' NOT NULL,
	"activated_at" timestamp with time zone,
	"activated_by" uuid,
	"deactivated_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "influx_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"wristband" text NOT NULL,
	"name_as_given" text NOT NULL,
	"sex" text NOT NULL,
	"approximate_age" integer NOT NULL,
	"nationality" text,
	"medical_urgency" boolean DEFAULT false NOT NULL,
	"child" boolean DEFAULT false NOT NULL,
	"vulnerable" boolean DEFAULT false NOT NULL,
	"arrived_at" timestamp with time zone NOT NULL,
	"preregistered_at" timestamp with time zone NOT NULL,
	"allocated_at" timestamp with time zone,
	"allocated_site_id" uuid,
	"reservation_id" uuid,
	"over_capacity" boolean DEFAULT false NOT NULL,
	"completed_at" timestamp with time zone,
	"exercise_id" uuid,
	"registered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_absences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"placement_id" uuid NOT NULL,
	"from_at" timestamp with time zone NOT NULL,
	"to_at" timestamp with time zone,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_beds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"label" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_blocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"room_id" uuid,
	"bed_id" uuid,
	"places" integer NOT NULL,
	"reason" text NOT NULL,
	"from_day" date NOT NULL,
	"to_day" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_occupancy_snapshots" (
	"site_id" uuid NOT NULL,
	"day" date NOT NULL,
	"capacity" integer NOT NULL,
	"blocked" integer NOT NULL,
	"occupied" integer NOT NULL,
	"reserved" integer NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reception_occupancy_snapshots_site_id_day_pk" PRIMARY KEY("site_id","day")
);
--> statement-breakpoint
CREATE TABLE "reception_placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"bed_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"checked_in_at" timestamp with time zone NOT NULL,
	"checked_out_at" timestamp with time zone,
	"checkout_reason" text,
	"note" text,
	"over_capacity_reason" text,
	"reservation_id" uuid,
	"transferred_from_id" uuid,
	"transferred_to_id" uuid,
	"exercise_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_reservations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"bed_id" uuid,
	"places" integer DEFAULT 1 NOT NULL,
	"person_id" uuid,
	"note" text,
	"status" text DEFAULT 'active' NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"over_capacity_reason" text,
	"ended_at" timestamp with time zone,
	"exercise_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"purpose" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"placement_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"given_at" timestamp with time zone NOT NULL,
	"given_by" uuid,
	"exercise_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reception_absences" ADD CONSTRAINT "reception_absences_placement_id_reception_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."reception_placements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_beds" ADD CONSTRAINT "reception_beds_room_id_reception_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."reception_rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_rooms" ADD CONSTRAINT "reception_rooms_unit_id_reception_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."reception_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_units" ADD CONSTRAINT "reception_units_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "influx_exercise_arrivals_exercise_idx" ON "influx_exercise_arrivals" USING btree ("exercise_id","seq");--> statement-breakpoint
CREATE INDEX "influx_exercises_plan_idx" ON "influx_exercises" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "influx_groups_plan_idx" ON "influx_groups" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "influx_plans_site_idx" ON "influx_plans" USING btree ("site_id");--> statement-breakpoint
CREATE UNIQUE INDEX "influx_registrations_wristband_idx" ON "influx_registrations" USING btree ("wristband");--> statement-breakpoint
CREATE INDEX "influx_registrations_plan_idx" ON "influx_registrations" USING btree ("plan_id","arrived_at");--> statement-breakpoint
CREATE INDEX "influx_registrations_group_idx" ON "influx_registrations" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "influx_registrations_person_idx" ON "influx_registrations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "reception_absences_placement_idx" ON "reception_absences" USING btree ("placement_id");--> statement-breakpoint
CREATE INDEX "reception_beds_room_idx" ON "reception_beds" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "reception_beds_site_idx" ON "reception_beds" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "reception_blocks_site_idx" ON "reception_blocks" USING btree ("site_id","from_day");--> statement-breakpoint
CREATE INDEX "reception_placements_site_idx" ON "reception_placements" USING btree ("site_id","status");--> statement-breakpoint
CREATE INDEX "reception_placements_person_idx" ON "reception_placements" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "reception_placements_period_idx" ON "reception_placements" USING btree ("checked_in_at","checked_out_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reception_placements_bed_real_idx" ON "reception_placements" USING btree ("bed_id") WHERE status = 'active' and bed_id is not null and exercise_id is null;--> statement-breakpoint
CREATE UNIQUE INDEX "reception_placements_bed_exercise_idx" ON "reception_placements" USING btree ("exercise_id","bed_id") WHERE status = 'active' and bed_id is not null and exercise_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "reception_placements_person_active_idx" ON "reception_placements" USING btree ("person_id") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "reception_reservations_site_idx" ON "reception_reservations" USING btree ("site_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "reception_reservations_bed_real_idx" ON "reception_reservations" USING btree ("bed_id") WHERE status = 'active' and bed_id is not null and exercise_id is null;--> statement-breakpoint
CREATE UNIQUE INDEX "reception_reservations_bed_exercise_idx" ON "reception_reservations" USING btree ("exercise_id","bed_id") WHERE status = 'active' and bed_id is not null and exercise_id is not null;--> statement-breakpoint
CREATE INDEX "reception_rooms_unit_idx" ON "reception_rooms" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "reception_rooms_site_idx" ON "reception_rooms" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "reception_services_placement_idx" ON "reception_services" USING btree ("placement_id");--> statement-breakpoint
CREATE INDEX "reception_services_site_idx" ON "reception_services" USING btree ("site_id","given_at");--> statement-breakpoint
CREATE INDEX "reception_units_site_idx" ON "reception_units" USING btree ("site_id");