-- Two-factor hardening (issue 8, docs/decisions/080-two-factor.md).
-- totp_last_step: the last TOTP time step (unix seconds / 30) accepted for the user; a code of that
-- step or an earlier one is refused, so a code seen over someone's shoulder cannot be used again.
ALTER TABLE users ADD COLUMN totp_last_step bigint;

-- users.totp_secret now holds `enc1:…` (AES-256-GCM with the server's key, src/db/secret-key.ts).
-- Secrets written before this migration are plain base32; they are sealed the first time they are read.
COMMENT ON COLUMN users.totp_secret IS 'enc1:<key id>:<iv>:<ciphertext>:<tag>, AES-256-GCM; plain base32 before 0085 until first read';
