ALTER TYPE "public"."team_file_kind" ADD VALUE 'pastor_letter';--> statement-breakpoint
ALTER TYPE "public"."team_file_kind" ADD VALUE 'group_photo';--> statement-breakpoint
ALTER TYPE "public"."team_file_kind" ADD VALUE 'id_proof';--> statement-breakpoint
ALTER TYPE "public"."team_file_kind" ADD VALUE 'consent_form';--> statement-breakpoint
ALTER TABLE "players" ALTER COLUMN "phone" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ALTER COLUMN "coach_name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "pending_uploads" ADD COLUMN "player_position" smallint DEFAULT -1 NOT NULL;--> statement-breakpoint
ALTER TABLE "team_files" ADD COLUMN "player_position" smallint DEFAULT -1 NOT NULL;