-- Issue 16 / DOMAIN §10 "Children": an activity may be marked for children under 16, and a
-- person may be marked under 16. The desk refuses a visit of a person marked under 16 at such an
-- activity without a recorded guardian consent (people.guardian_consent, the guardian's name).
ALTER TABLE activities ADD COLUMN for_children boolean NOT NULL DEFAULT false;
ALTER TABLE people ADD COLUMN under_16 boolean NOT NULL DEFAULT false;

-- The desk guessed children's activities from their names until now: keep what it asked for.
UPDATE activities SET for_children = true WHERE name ~* '(kids|kinder|huiswerk|homework)';
-- A person registered with a guardian's consent was registered as a child.
UPDATE people SET under_16 = true WHERE guardian_consent IS NOT NULL;
