CREATE TABLE "training_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"test_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"source" text NOT NULL,
	"answers" jsonb NOT NULL,
	"points" jsonb NOT NULL,
	"score" double precision NOT NULL,
	"max_score" double precision NOT NULL,
	"pending" boolean NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"entered_by" uuid
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"participant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"present" boolean NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_attendance_participant_id_day_pk" PRIMARY KEY("participant_id","day")
);
--> statement-breakpoint
CREATE TABLE "training_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_by" uuid
);
--> statement-breakpoint
CREATE TABLE "training_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"objectives" text[] DEFAULT '{}'::text[] NOT NULL,
	"level" integer,
	"pass_mark" integer DEFAULT 70 NOT NULL,
	"attendance_threshold" integer DEFAULT 80 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"module_id" uuid NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_lessons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"module_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"pass_mark" integer DEFAULT 70 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"organisation_id" uuid,
	"organisation_name" text NOT NULL,
	"sex" text DEFAULT 'U' NOT NULL,
	"code" text NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_progress" (
	"user_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"last_lesson_id" uuid,
	"done_lesson_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"quiz_scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "training_progress_user_id_module_id_pk" PRIMARY KEY("user_id","module_id")
);
--> statement-breakpoint
CREATE TABLE "training_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"partial_credit" boolean DEFAULT false NOT NULL,
	"points" integer DEFAULT 1 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"title" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"site_id" uuid,
	"external_place" text,
	"trainers" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity" integer NOT NULL,
	"prerequisite_module_id" uuid,
	"organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_tests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"question_ids" uuid[] NOT NULL,
	"open_from" timestamp with time zone NOT NULL,
	"open_to" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "training_attempts_once_idx" ON "training_attempts" USING btree ("test_id","participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_certificates_participant_idx" ON "training_certificates" USING btree ("participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_certificates_code_idx" ON "training_certificates" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "training_courses_code_idx" ON "training_courses" USING btree ("code");--> statement-breakpoint
CREATE INDEX "training_lessons_module_idx" ON "training_lessons" USING btree ("module_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "training_modules_code_idx" ON "training_modules" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "training_participants_code_idx" ON "training_participants" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "training_participants_user_idx" ON "training_participants" USING btree ("session_id","user_id");--> statement-breakpoint
CREATE INDEX "training_participants_session_idx" ON "training_participants" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "training_questions_course_idx" ON "training_questions" USING btree ("course_id");--> statement-breakpoint
CREATE INDEX "training_sessions_course_idx" ON "training_sessions" USING btree ("course_id","start_date");--> statement-breakpoint
CREATE UNIQUE INDEX "training_tests_phase_idx" ON "training_tests" USING btree ("session_id","phase");