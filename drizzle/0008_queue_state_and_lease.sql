CREATE TYPE "public"."job_state" AS ENUM('pending', 'dead');--> statement-breakpoint
ALTER TABLE "pending_uploads" ADD COLUMN "state" "job_state" DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "pending_uploads" ADD COLUMN "locked_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "storage_deletions" ADD COLUMN "state" "job_state" DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "storage_deletions" ADD COLUMN "locked_until" timestamp with time zone;