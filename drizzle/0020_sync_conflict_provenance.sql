ALTER TABLE "sync_conflicts" ADD COLUMN "post_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sync_conflicts" ADD COLUMN "post_changed_by" text;--> statement-breakpoint
-- Conflicts found before this column: the time the post made its change is the one its inbox row kept.
UPDATE "sync_conflicts" SET "post_changed_at" = "sync_inbox"."created_at" FROM "sync_inbox" WHERE "sync_inbox"."change_id" = "sync_conflicts"."change_id";
