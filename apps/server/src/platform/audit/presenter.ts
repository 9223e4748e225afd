import type { AuditLogEntry } from '@yifa/domain';
import type { AuditRow } from './repository.ts';

/** Row → response. `before`/`after` were redacted when written (redact.ts), so they go out as stored. */
export function presentAuditEntry(row: Omit<AuditRow, 'prevHash'>): AuditLogEntry {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    townshipId: row.townshipId,
    townshipName: row.townshipName,
    actorId: row.actorId,
    actorName: row.actorName,
    ip: row.ip,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    isSuccess: row.isSuccess,
    before: row.before ?? null,
    after: row.after ?? null,
    detail: row.detail,
    hash: row.hash,
  };
}

/** China time for people reading an export: "2026-01-05 09:30:12.345". */
export function chinaTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().replace('T', ' ').replace('Z', '');
}
