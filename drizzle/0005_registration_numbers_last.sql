ALTER TABLE "teams" ALTER COLUMN "team_number" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ALTER COLUMN "team_id" DROP NOT NULL;