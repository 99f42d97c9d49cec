CREATE INDEX "teams_status_team_name_key_idx" ON "teams" USING btree ("status","team_name_key");--> statement-breakpoint
CREATE INDEX "teams_status_team_number_idx" ON "teams" USING btree ("status","team_number");--> statement-breakpoint
CREATE INDEX "teams_team_name_trgm_idx" ON "teams" USING gin ("team_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "teams_church_name_trgm_idx" ON "teams" USING gin ("church_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "teams_captain_name_trgm_idx" ON "teams" USING gin ("captain_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "teams_captain_email_trgm_idx" ON "teams" USING gin ("captain_email" gin_trgm_ops);