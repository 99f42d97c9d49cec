ALTER TYPE "public"."team_status" ADD VALUE 'waitlisted';--> statement-breakpoint
ALTER TYPE "public"."team_status" ADD VALUE 'withdrawn';--> statement-breakpoint
CREATE TABLE "storage_deletions" (
	"public_id" text PRIMARY KEY NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_edits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"fields" text[] NOT NULL,
	"actor" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pending_uploads" ADD COLUMN "version" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "access_token_hash" text;--> statement-breakpoint
ALTER TABLE "team_edits" ADD CONSTRAINT "team_edits_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "storage_deletions_next_attempt_idx" ON "storage_deletions" USING btree ("next_attempt_at");--> statement-breakpoint
CREATE INDEX "team_edits_team_idx" ON "team_edits" USING btree ("team_id","created_at");