CREATE TABLE "document_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "document_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"document_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"actor_user_id" uuid,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_number_blocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"prefix" text NOT NULL,
	"first_number" bigint NOT NULL,
	"last_number" bigint NOT NULL,
	"next_number" bigint NOT NULL,
	"drawn_at" timestamp with time zone DEFAULT now() NOT NULL,
	"drawn_by" uuid
);
--> statement-breakpoint
CREATE TABLE "document_number_series" (
	"prefix" text PRIMARY KEY NOT NULL,
	"next_number" bigint DEFAULT 1 NOT NULL,
	"last_number" bigint DEFAULT 9999999 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_offices" (
	"site_id" uuid PRIMARY KEY NOT NULL,
	"block_size" integer DEFAULT 1000 NOT NULL,
	"low_water" integer DEFAULT 100 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_signing_keys" (
	"key_id" text PRIMARY KEY NOT NULL,
	"public_key" text NOT NULL,
	"private_key" text NOT NULL,
	"encrypted" boolean NOT NULL,
	"status" text DEFAULT 'current' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text
);
--> statement-breakpoint
CREATE TABLE "document_spoiled_numbers" (
	"number" text PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by" uuid
);
--> statement-breakpoint
CREATE TABLE "document_types" (
	"code" text PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_ro" text NOT NULL,
	"mrz_code" text NOT NULL,
	"number_prefix" text NOT NULL,
	"validity_months" integer NOT NULL,
	"renewable" boolean DEFAULT true NOT NULL,
	"max_renewals" integer DEFAULT 0 NOT NULL,
	"renewal_window_days" integer DEFAULT 30 NOT NULL,
	"allowed_statuses" text[] DEFAULT '{}'::text[] NOT NULL,
	"fee_amount" integer DEFAULT 0 NOT NULL,
	"fee_currency" text DEFAULT 'RON' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_verifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "document_verifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"signature" text NOT NULL,
	"status" text,
	"key_id" text,
	"document_type" text
);
--> statement-breakpoint
CREATE TABLE "issued_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type_code" text NOT NULL,
	"person_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" text DEFAULT 'applied' NOT NULL,
	"number" text,
	"issued_on" date,
	"expires_on" date,
	"fee" jsonb NOT NULL,
	"note" text,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"printed_at" timestamp with time zone,
	"print_count" integer DEFAULT 0 NOT NULL,
	"handed_over_at" timestamp with time zone,
	"handed_over_by" uuid,
	"received_by" text,
	"receipt_image" text,
	"ended_at" timestamp with time zone,
	"status_reason" text,
	"renews_id" uuid,
	"replaces_id" uuid,
	"replace_reason" text,
	"superseded_by_id" uuid,
	"renewal_count" integer DEFAULT 0 NOT NULL,
	"mrz" text[],
	"seal_payload" text,
	"seal_key_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "document_events_document_idx" ON "document_events" USING btree ("document_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "document_number_blocks_range_idx" ON "document_number_blocks" USING btree ("prefix","first_number");--> statement-breakpoint
CREATE INDEX "document_number_blocks_site_idx" ON "document_number_blocks" USING btree ("site_id","prefix");--> statement-breakpoint
CREATE UNIQUE INDEX "document_signing_keys_current_idx" ON "document_signing_keys" USING btree ("status") WHERE status = 'current';--> statement-breakpoint
CREATE INDEX "document_verifications_at_idx" ON "document_verifications" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "issued_documents_number_idx" ON "issued_documents" USING btree ("number");--> statement-breakpoint
CREATE INDEX "issued_documents_person_idx" ON "issued_documents" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "issued_documents_site_idx" ON "issued_documents" USING btree ("site_id","issued_on");--> statement-breakpoint
CREATE INDEX "issued_documents_status_idx" ON "issued_documents" USING btree ("status");--> statement-breakpoint
-- A release that gives a built-in role a new permission does so here (ensureBuiltinRoles leaves existing roles alone).
UPDATE "roles" SET "permissions" = array_append("permissions", 'documents.configure') WHERE "code" = 'administrator' AND "builtin" AND NOT ('documents.configure' = ANY("permissions"));
