-- When a person is erased or anonymised (people.erased_at set, by the privacy context), the free
-- text of their referrals goes too: the outcome note, the appointment and the volunteer's name may
-- say who they are. The referral itself stays (date, room, partner, outcome) for the figures.
-- A trigger, so that every way of erasing — screen, CLI, retention timer — is covered.
CREATE FUNCTION referrals_forget_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE referrals
     SET outcome_note = NULL, appointment = NULL, accompanied_by = NULL, consent_to_share = false,
         updated_at = now()
   WHERE person_id = NEW.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER people_erased_forget_referrals
  AFTER UPDATE OF erased_at ON people
  FOR EACH ROW
  WHEN (OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL)
  EXECUTE FUNCTION referrals_forget_person();
