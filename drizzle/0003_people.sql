CREATE SEQUENCE "public"."person_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "duplicate_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_a" uuid NOT NULL,
	"person_b" uuid NOT NULL,
	"score" double precision NOT NULL,
	"explanation" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"job_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duplicate_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"found" integer DEFAULT 0 NOT NULL,
	"started_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "family_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"related_person_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"issuing_state" text NOT NULL,
	"surname" text,
	"given_names" text,
	"nationality" text,
	"date_of_birth" text,
	"sex" text,
	"issue_date" date,
	"expiry_date" date,
	"mrz" text,
	"mrz_format" text,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_legal_statuses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"note" text,
	"source" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "person_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text,
	"action" text NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "person_merges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survivor_id" uuid NOT NULL,
	"merged_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"choices" jsonb NOT NULL,
	"before" jsonb NOT NULL,
	"merged_by" uuid,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_by" uuid,
	"undone_at" timestamp with time zone,
	"undo_reason" text
);
--> statement-breakpoint
CREATE TABLE "person_photos" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"image" "bytea" NOT NULL,
	"width" integer,
	"height" integer,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_number" text NOT NULL,
	"given_names" text DEFAULT '' NOT NULL,
	"surname" text DEFAULT '' NOT NULL,
	"original_name" text,
	"original_script" text,
	"other_names" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sex" text DEFAULT 'U' NOT NULL,
	"date_of_birth" text,
	"date_of_birth_estimated" boolean DEFAULT false NOT NULL,
	"birth_from" date,
	"birth_to" date,
	"place_of_birth" text,
	"nationalities" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"addresses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"legal_status" text,
	"sensitivity" text[] DEFAULT '{}'::text[] NOT NULL,
	"name_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"has_photo" boolean DEFAULT false NOT NULL,
	"registered_by_organisation_id" uuid,
	"registered_by" uuid,
	"merged_into" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"exercise" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_registration_number_unique" UNIQUE("registration_number")
);
--> statement-breakpoint
ALTER TABLE "family_links" ADD CONSTRAINT "family_links_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_links" ADD CONSTRAINT "family_links_related_person_id_persons_id_fk" FOREIGN KEY ("related_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_documents" ADD CONSTRAINT "identity_documents_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_legal_statuses" ADD CONSTRAINT "person_legal_statuses_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_photos" ADD CONSTRAINT "person_photos_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "duplicate_candidates_pair_idx" ON "duplicate_candidates" USING btree ("person_a","person_b");--> statement-breakpoint
CREATE INDEX "duplicate_candidates_status_idx" ON "duplicate_candidates" USING btree ("status","score");--> statement-breakpoint
CREATE UNIQUE INDEX "family_links_pair_idx" ON "family_links" USING btree ("person_id","related_person_id");--> statement-breakpoint
CREATE INDEX "family_links_related_idx" ON "family_links" USING btree ("related_person_id");--> statement-breakpoint
CREATE INDEX "identity_documents_person_idx" ON "identity_documents" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "identity_documents_number_idx" ON "identity_documents" USING btree ("number","issuing_state");--> statement-breakpoint
CREATE INDEX "legal_statuses_person_idx" ON "person_legal_statuses" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_history_person_idx" ON "person_history" USING btree ("person_id","at");--> statement-breakpoint
CREATE INDEX "persons_name_keys_idx" ON "persons" USING gin ("name_keys");--> statement-breakpoint
CREATE INDEX "persons_search_trgm_idx" ON "persons" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "persons_birth_idx" ON "persons" USING btree ("birth_from","birth_to");--> statement-breakpoint
CREATE INDEX "persons_merged_idx" ON "persons" USING btree ("merged_into");