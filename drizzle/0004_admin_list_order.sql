DROP INDEX "teams_created_at_idx";--> statement-breakpoint
CREATE INDEX "teams_created_at_team_number_idx" ON "teams" USING btree ("created_at","team_number");