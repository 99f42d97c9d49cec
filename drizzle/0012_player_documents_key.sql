ALTER TABLE "pending_uploads" DROP CONSTRAINT "pending_uploads_team_id_kind_pk";--> statement-breakpoint
ALTER TABLE "team_files" DROP CONSTRAINT "team_files_team_id_kind_pk";--> statement-breakpoint
ALTER TABLE "pending_uploads" ADD CONSTRAINT "pending_uploads_team_id_player_position_kind_pk" PRIMARY KEY("team_id","player_position","kind");--> statement-breakpoint
ALTER TABLE "team_files" ADD CONSTRAINT "team_files_team_id_player_position_kind_pk" PRIMARY KEY("team_id","player_position","kind");