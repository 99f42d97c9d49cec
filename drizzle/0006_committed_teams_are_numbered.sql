-- Custom SQL migration file, put your code below! ---- A registration writes its team unnumbered and numbers it as its last statement, so the counter row
-- lock is held as briefly as possible. This deferred check makes "a committed team always has its
-- number and ID" the database's rule, not only the code's.
CREATE FUNCTION teams_numbered_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM teams WHERE id = NEW.id AND (team_number IS NULL OR team_id IS NULL)) THEN
    RAISE EXCEPTION 'team % would be committed without a team number', NEW.id USING ERRCODE = 'not_null_violation';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER teams_numbered_at_commit
  AFTER INSERT OR UPDATE OF team_number, team_id ON teams
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION teams_numbered_at_commit();
