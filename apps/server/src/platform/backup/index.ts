export { createBackup, type BackupOptions, type BackupReport } from './create-backup.ts';
export { restoreBackup, assertEmptyTarget, type RestoreOptions, type RestoreReport } from './restore-backup.ts';
export { BackupError, type Manifest } from './manifest.ts';
