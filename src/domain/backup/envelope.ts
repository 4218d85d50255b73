import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import { BackupErrors } from "./backup.errors";

/**
 * The backup file: a readable header, then the gzipped snapshot encrypted with AES-256-GCM under
 * a key from scrypt(passphrase, salt). The header is authenticated too (GCM additional data), so
 * changing the kind or version makes decryption fail rather than restore into the wrong place.
 *
 *   "BUURTBK1" | version u8 | kind u8 (1 pglite, 2 postgres) | log2(N) u8 | salt 16 | iv 12 | tag 16 | ciphertext
 */
const MAGIC = Buffer.from("BUURTBK1", "ascii");
const VERSION = 1;
const LOG_N = 15;
const HEADER = MAGIC.length + 3 + 16 + 12;
export type BackupKind = "pglite" | "postgres";
const KIND_CODE: Record<BackupKind, number> = { pglite: 1, postgres: 2 };

function keyOf(passphrase: string, salt: Buffer, logN: number): Buffer {
  if (logN < 14 || logN > 20) throw BackupErrors.NotABackup();
  return scryptSync(passphrase.normalize("NFC"), salt, 32, {
    N: 2 ** logN,
    r: 8,
    p: 1,
    maxmem: 256 * 2 ** logN * 8 + 2 ** 20,
  });
}

export function checkPassphrase(passphrase: string | undefined): string {
  if (!passphrase || passphrase.length < 12) throw BackupErrors.WeakPassphrase();
  return passphrase;
}

export function sealBackup(snapshot: Buffer, kind: BackupKind, passphrase: string): Buffer {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const head = Buffer.concat([MAGIC, Buffer.from([VERSION, KIND_CODE[kind], LOG_N]), salt, iv]);
  const cipher = createCipheriv("aes-256-gcm", keyOf(checkPassphrase(passphrase), salt, LOG_N), iv);
  cipher.setAAD(head);
  const body = Buffer.concat([cipher.update(gzipSync(snapshot)), cipher.final()]);
  return Buffer.concat([head, cipher.getAuthTag(), body]);
}

/** The kind in the header, without the passphrase (to say early that the target is wrong). */
export function backupKind(file: Buffer): BackupKind {
  if (file.length < HEADER + 16 || !file.subarray(0, MAGIC.length).equals(MAGIC))
    throw BackupErrors.NotABackup();
  if (file[MAGIC.length] !== VERSION) throw BackupErrors.NotABackup();
  const code = file[MAGIC.length + 1];
  const kind = (Object.keys(KIND_CODE) as BackupKind[]).find((k) => KIND_CODE[k] === code);
  if (!kind) throw BackupErrors.NotABackup();
  return kind;
}

export function openBackup(file: Buffer, passphrase: string): { kind: BackupKind; snapshot: Buffer } {
  const kind = backupKind(file);
  const logN = file[MAGIC.length + 2];
  const salt = file.subarray(MAGIC.length + 3, MAGIC.length + 19);
  const iv = file.subarray(MAGIC.length + 19, HEADER);
  const tag = file.subarray(HEADER, HEADER + 16);
  const decipher = createDecipheriv("aes-256-gcm", keyOf(passphrase, salt, logN), iv);
  decipher.setAAD(file.subarray(0, HEADER));
  decipher.setAuthTag(tag);
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(file.subarray(HEADER + 16)), decipher.final()]);
  } catch {
    // Wrong passphrase and a damaged file look the same to GCM, on purpose.
    throw BackupErrors.CannotDecrypt();
  }
  return { kind, snapshot: gunzipSync(plain) };
}
