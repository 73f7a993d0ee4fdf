CREATE TABLE "duplicate_blocks" (
	"job_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"ids" uuid[] NOT NULL,
	CONSTRAINT "duplicate_blocks_job_id_seq_pk" PRIMARY KEY("job_id","seq")
);
