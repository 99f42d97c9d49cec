CREATE TYPE "public"."email_state" AS ENUM('pending', 'sent', 'dead');--> statement-breakpoint
CREATE TYPE "public"."idempotency_state" AS ENUM('in_progress', 'completed');--> statement-breakpoint
CREATE TYPE "public"."player_role" AS ENUM('Batsman', 'Bowler', 'All-Rounder', 'Wicket-Keeper');--> statement-breakpoint
CREATE TYPE "public"."team_file_kind" AS ENUM('logo', 'payment_receipt');--> statement-breakpoint
CREATE TYPE "public"."team_file_state" AS ENUM('uploaded', 'pending');--> statement-breakpoint
CREATE TYPE "public"."team_status" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TABLE "counters" (
	"name" text PRIMARY KEY NOT NULL,
	"value" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"key" text PRIMARY KEY NOT NULL,
	"fingerprint" text NOT NULL,
	"state" "idempotency_state" DEFAULT 'in_progress' NOT NULL,
	"response_status" smallint,
	"response_body" jsonb,
	"locked_until" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" text NOT NULL,
	"kind" text NOT NULL,
	"team_id" uuid,
	"to_addresses" text[] NOT NULL,
	"cc_addresses" text[] DEFAULT '{}'::text[] NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text NOT NULL,
	"state" "email_state" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "pending_uploads" (
	"team_id" uuid NOT NULL,
	"kind" "team_file_kind" NOT NULL,
	"bytes" "bytea" NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pending_uploads_team_id_kind_pk" PRIMARY KEY("team_id","kind")
);
--> statement-breakpoint
CREATE TABLE "players" (
	"team_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"name" text NOT NULL,
	"role" "player_role" NOT NULL,
	"phone" text NOT NULL,
	CONSTRAINT "players_team_id_position_pk" PRIMARY KEY("team_id","position")
);
--> statement-breakpoint
CREATE TABLE "team_files" (
	"team_id" uuid NOT NULL,
	"kind" "team_file_kind" NOT NULL,
	"state" "team_file_state" NOT NULL,
	"url" text,
	"public_id" text,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"uploaded_at" timestamp with time zone,
	CONSTRAINT "team_files_team_id_kind_pk" PRIMARY KEY("team_id","kind"),
	CONSTRAINT "team_files_uploaded_has_url" CHECK ("team_files"."state" <> 'uploaded' OR "team_files"."url" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "team_status_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"from_status" "team_status",
	"to_status" "team_status" NOT NULL,
	"reason" text,
	"actor" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_number" integer NOT NULL,
	"team_id" text NOT NULL,
	"team_name" text NOT NULL,
	"team_name_key" text NOT NULL,
	"church_name" text NOT NULL,
	"church_key" text NOT NULL,
	"captain_name" text NOT NULL,
	"captain_phone" text NOT NULL,
	"captain_email" text NOT NULL,
	"captain_whatsapp" text NOT NULL,
	"vice_captain_name" text,
	"vice_captain_phone" text,
	"vice_captain_email" text,
	"vice_captain_whatsapp" text,
	"coach_name" text NOT NULL,
	"player_count" smallint NOT NULL,
	"status" "team_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "players" ADD CONSTRAINT "players_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_files" ADD CONSTRAINT "team_files_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_status_history" ADD CONSTRAINT "team_status_history_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idempotency_keys_expires_at_idx" ON "idempotency_keys" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_emails_message_id_key" ON "outbox_emails" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "outbox_emails_due_idx" ON "outbox_emails" USING btree ("next_attempt_at") WHERE "outbox_emails"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "pending_uploads_next_attempt_idx" ON "pending_uploads" USING btree ("next_attempt_at");--> statement-breakpoint
CREATE INDEX "team_status_history_team_idx" ON "team_status_history" USING btree ("team_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "teams_team_number_key" ON "teams" USING btree ("team_number");--> statement-breakpoint
CREATE UNIQUE INDEX "teams_team_id_key" ON "teams" USING btree ("team_id");--> statement-breakpoint
CREATE UNIQUE INDEX "teams_team_name_key_key" ON "teams" USING btree ("team_name_key");--> statement-breakpoint
CREATE INDEX "teams_church_key_idx" ON "teams" USING btree ("church_key");--> statement-breakpoint
CREATE INDEX "teams_status_created_at_idx" ON "teams" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "teams_created_at_idx" ON "teams" USING btree ("created_at");