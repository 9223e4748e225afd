/**
 * The backup archive (a .tar.gz):
 *   manifest.json        this description
 *   tables/<name>.jsonl  one table per file: one JSON array per row, every value PostgreSQL's own
 *                        text form (or null), so any column type round-trips without loss
 *   files/…              the attachments folder of the data folder, as it is
 *   secret.key           the key that decrypts personal data (absent when YIFA_SECRET_KEY is used)
 */
export const BACKUP_FORMAT = 'yifa-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface ManifestTable {
  name: string;
  file: string;
  columns: { name: string; type: string }[];
  rows: number;
  sha256: string;
}

export interface ManifestFile {
  /** Relative to the attachments folder, with forward slashes. */
  path: string;
  size: number;
  sha256: string;
}

export interface AuditChainSummary {
  entries: number;
  isIntact: boolean;
  lastSeq: number | null;
  lastHash: string | null;
}

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** The server the snapshot was taken from, e.g. "PostgreSQL 18.4". */
  serverVersion: string;
  /** drizzle's record of applied migrations (drizzle.__drizzle_migrations), oldest first. */
  migrations: { hash: string; createdAt: number }[];
  /** Tables of the public schema, in an order that satisfies their foreign keys. */
  tables: ManifestTable[];
  /** Sequences of the public schema and where they stood. */
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
  files: ManifestFile[];
  hasSecretKey: boolean;
  /** The audit chain as it stood in the snapshot; a restore must arrive at exactly this. */
  auditChain: AuditChainSummary;
  /** Schemas deliberately left out, with the reason (e.g. pg-boss's job queue). */
  skipped: { name: string; reason: string }[];
}

export const TABLES_DIR = 'tables';
export const FILES_DIR = 'files';
export const SECRET_KEY_FILE = 'secret.key';
export const MANIFEST_FILE = 'manifest.json';

/** An expected failure of backup or restore, with a Chinese message for the operator. */
export class BackupError extends Error {
  constructor(
    readonly code:
      | 'BACKUP.TARGET_NOT_EMPTY'
      | 'BACKUP.DATA_DIR_NOT_EMPTY'
      | 'BACKUP.BAD_ARCHIVE'
      | 'BACKUP.CORRUPT'
      | 'BACKUP.VERSION_MISMATCH'
      | 'BACKUP.SCHEMA_MISMATCH'
      | 'BACKUP.VERIFY_FAILED',
    message: string,
  ) {
    super(message);
  }
}
