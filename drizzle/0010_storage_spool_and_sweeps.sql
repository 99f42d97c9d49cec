CREATE TABLE "storage_sweeps" (
	"name" text PRIMARY KEY NOT NULL,
	"state" "job_state" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
ALTER TABLE "pending_uploads" ALTER COLUMN "bytes" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "pending_uploads" ADD COLUMN "spool_file" text;--> statement-breakpoint
ALTER TABLE "pending_uploads" ADD CONSTRAINT "pending_uploads_has_bytes" CHECK ("pending_uploads"."bytes" IS NOT NULL OR "pending_uploads"."spool_file" IS NOT NULL);