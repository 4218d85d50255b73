import { defineError } from "../shared/errors";

export const BackupErrors = {
  NotABackup: defineError(
    "backup.not_a_backup",
    "invalid",
    "Dit bestand is geen Buurtboek-backup (of een versie die deze Buurtboek niet kent).",
    "This file is not a Buurtboek backup (or a version this Buurtboek does not know).",
  ),
  CannotDecrypt: defineError(
    "backup.cannot_decrypt",
    "invalid",
    "De backup gaat niet open: het wachtwoord is fout of het bestand is beschadigd.",
    "The backup does not open: the passphrase is wrong or the file is damaged.",
  ),
  WeakPassphrase: defineError(
    "backup.weak_passphrase",
    "invalid",
    "Geef een wachtwoord voor de backup van minstens 12 tekens (BUURTBOEK_BACKUP_PASSPHRASE of --passphrase-file).",
    "Give a backup passphrase of at least 12 characters (BUURTBOEK_BACKUP_PASSPHRASE or --passphrase-file).",
  ),
  WrongKind: defineError(
    "backup.wrong_kind",
    "invalid",
    (p) =>
      `Deze backup is van een ${p.backup}-database en kan alleen terug in dezelfde soort (nu: ${p.target}). Verhuizen tussen soorten gaat met export en import.`,
    (p) =>
      `This backup is of a ${p.backup} database and restores only into the same kind (now: ${p.target}). Move between kinds with export and import.`,
  ),
  SchemaMismatch: defineError(
    "backup.schema_mismatch",
    "invalid",
    (p) =>
      `De backup past niet bij deze database-versie (verschil: ${p.names}). Gebruik dezelfde Buurtboek-versie.`,
    (p) =>
      `The backup does not match this database version (difference: ${p.names}). Use the same Buurtboek version.`,
  ),
  InUse: defineError(
    "backup.in_use",
    "conflict",
    (p) => `De database in ${p.dir} is in gebruik (proces ${p.pid}). Stop de server eerst.`,
    (p) => `The database in ${p.dir} is in use (process ${p.pid}). Stop the server first.`,
  ),
};
