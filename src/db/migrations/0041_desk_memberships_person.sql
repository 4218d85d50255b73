-- The desk's growth nudge asks "member this year?" per person: memberships had no person index.
CREATE INDEX memberships_person_year ON memberships (person_id, year);
