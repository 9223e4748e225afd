/**
 * The deadline service modules call (docs/deadlines-and-compliance.md). Everything runs in the
 * module's own transaction and writes its audit entry there.
 */
export { upsertDeadline, type DeadlineInput, type StoredDeadline } from './upsert-deadline.ts';
export { closeDeadline } from './close-deadline.ts';
export { recomputeOpenDeadlines } from './recompute-open-deadlines.ts';
export { scanDeadlines, DEFAULT_DUE_SOON_WORKING_DAYS, type DeadlineScanOptions, type DeadlineScanResult } from './scan-deadlines.ts';
export { deadlinesModule } from './module.ts';
