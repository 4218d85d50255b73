-- The desk's registrations move a visitor to participant automatically (DOMAIN.md §2, issue 3).
-- A trigger rather than a call in the desk's code, so that every way the app registers a named
-- visit does it. Only rows made in the app (created_by set): imported visits leave stages to
-- roles.csv, so that export + import stays faithful. Mirrors participationChanges() in
-- src/domain/people/ladder.ts (tests/people/people.test.ts checks both agree).
CREATE FUNCTION visits_participation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM stages s
     WHERE s.person_id = NEW.person_id AND s.room_id = NEW.room_id
       AND s.stage NOT IN ('bezoeker')
       AND (s.to_date IS NULL OR s.to_date >= NEW.date)
  ) THEN
    RETURN NEW;
  END IF;
  UPDATE stages SET to_date = CASE WHEN from_date < NEW.date THEN NEW.date - 1 ELSE NEW.date END
   WHERE person_id = NEW.person_id AND room_id = NEW.room_id AND stage = 'bezoeker'
     AND to_date IS NULL AND from_date <= NEW.date;
  INSERT INTO stages (person_id, room_id, stage, from_date) VALUES (NEW.person_id, NEW.room_id, 'deelnemer', NEW.date);
  RETURN NEW;
END $$;

CREATE TRIGGER visits_participation AFTER INSERT ON visits
  FOR EACH ROW WHEN (NEW.person_id IS NOT NULL AND NEW.created_by IS NOT NULL)
  EXECUTE FUNCTION visits_participation();
