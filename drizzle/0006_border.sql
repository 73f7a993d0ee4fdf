CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"crossing_id" uuid,
	"site_id" uuid,
	"person_id" uuid,
	"kind" text NOT NULL,
	"watchlist_entry_id" uuid,
	"source_id" uuid,
	"list_version" integer,
	"lost_document_id" uuid,
	"action" text,
	"score" double precision NOT NULL,
	"explanation" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"resolution" text,
	"resolution_reason" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"supervisor_note" text,
	"supervised_by" uuid,
	"supervised_at" timestamp with time zone,
	"raised_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crossings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_ref" text NOT NULL,
	"site_id" uuid NOT NULL,
	"lane" text,
	"direction" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"officer_id" uuid,
	"person_id" uuid NOT NULL,
	"document_number" text,
	"document_issuing_state" text,
	"document_kind" text,
	"document_expiry" date,
	"document_source" text DEFAULT 'typed' NOT NULL,
	"document_flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"nationality" text,
	"vehicle_crossing_id" uuid,
	"vehicle_role" text,
	"purpose" text,
	"decision" text NOT NULL,
	"refusal_reason" text,
	"first_scan_at" timestamp with time zone,
	"processing_ms" integer,
	"screening_hits" integer DEFAULT 0 NOT NULL,
	"exercise" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alert_false_positives" (
	"person_id" uuid NOT NULL,
	"watchlist_entry_id" uuid NOT NULL,
	"person_version" integer NOT NULL,
	"entry_version" integer NOT NULL,
	"alert_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lost_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"issuing_state" text NOT NULL,
	"reason" text NOT NULL,
	"reported_at" date NOT NULL,
	"source" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"deactivated_by" uuid,
	"deactivated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vehicle_crossings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_ref" text NOT NULL,
	"site_id" uuid NOT NULL,
	"lane" text,
	"direction" text NOT NULL,
	"plate" text NOT NULL,
	"country" text NOT NULL,
	"vehicle_type" text NOT NULL,
	"officer_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watchlist_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"external_ref" text NOT NULL,
	"content_hash" text NOT NULL,
	"names" jsonb NOT NULL,
	"name_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"name_hashes" integer[] GENERATED ALWAYS AS (name_key_hashes(name_keys)) STORED NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"date_of_birth" text,
	"date_of_birth_estimated" boolean DEFAULT false NOT NULL,
	"birth_from" date,
	"birth_to" date,
	"nationalities" text[] DEFAULT '{}'::text[] NOT NULL,
	"document_numbers" text[] DEFAULT '{}'::text[] NOT NULL,
	"action" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"note" text,
	"added_in_version" integer NOT NULL,
	"removed_in_version" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watchlist_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"mode" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"file_name" text,
	"note" text,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"added" integer DEFAULT 0 NOT NULL,
	"changed" integer DEFAULT 0 NOT NULL,
	"removed" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"failure" text,
	"started_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "watchlist_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"threshold" double precision DEFAULT 0.8 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"current_version" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "watchlist_sources_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "watchlist_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"mode" text NOT NULL,
	"import_id" uuid,
	"note" text,
	"added" integer DEFAULT 0 NOT NULL,
	"changed" integer DEFAULT 0 NOT NULL,
	"removed" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "alerts_status_idx" ON "alerts" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "alerts_person_idx" ON "alerts" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "alerts_crossing_idx" ON "alerts" USING btree ("crossing_id");--> statement-breakpoint
CREATE UNIQUE INDEX "crossings_client_ref_idx" ON "crossings" USING btree ("client_ref");--> statement-breakpoint
CREATE INDEX "crossings_site_at_idx" ON "crossings" USING btree ("site_id","at");--> statement-breakpoint
CREATE INDEX "crossings_person_at_idx" ON "crossings" USING btree ("person_id","at");--> statement-breakpoint
CREATE INDEX "crossings_vehicle_idx" ON "crossings" USING btree ("vehicle_crossing_id");--> statement-breakpoint
CREATE UNIQUE INDEX "false_positives_pair_idx" ON "alert_false_positives" USING btree ("person_id","watchlist_entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lost_documents_number_state_idx" ON "lost_documents" USING btree ("number","issuing_state");--> statement-breakpoint
CREATE UNIQUE INDEX "vehicle_crossings_client_ref_idx" ON "vehicle_crossings" USING btree ("client_ref");--> statement-breakpoint
CREATE INDEX "vehicle_crossings_site_at_idx" ON "vehicle_crossings" USING btree ("site_id","at");--> statement-breakpoint
CREATE INDEX "vehicle_crossings_plate_idx" ON "vehicle_crossings" USING btree ("plate");--> statement-breakpoint
CREATE INDEX "watchlist_entries_name_hashes_idx" ON "watchlist_entries" USING gin ("name_hashes" gin__int_ops);--> statement-breakpoint
CREATE INDEX "watchlist_entries_docs_idx" ON "watchlist_entries" USING gin ("document_numbers");--> statement-breakpoint
CREATE INDEX "watchlist_entries_source_idx" ON "watchlist_entries" USING btree ("source_id","removed_in_version");--> statement-breakpoint
CREATE INDEX "watchlist_entries_ref_idx" ON "watchlist_entries" USING btree ("source_id","external_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "watchlist_imports_running_idx" ON "watchlist_imports" USING btree ("source_id") WHERE status = 'running';--> statement-breakpoint
CREATE INDEX "watchlist_imports_source_idx" ON "watchlist_imports" USING btree ("source_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "watchlist_versions_source_version_idx" ON "watchlist_versions" USING btree ("source_id","version");