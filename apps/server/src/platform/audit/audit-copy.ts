/** Columns every business table has (platform/db/columns.ts) that an audit copy does not repeat: the entry itself says who and when. */
const BOOKKEEPING = new Set(['id', 'townshipId', 'createdBy', 'updatedBy', 'deletedAt', 'deletedBy', 'createdAt', 'updatedAt', 'version']);

/**
 * What the audit log keeps of a record before and after a change: its own columns, without the
 * bookkeeping — so a column added to the table is audited with no line written for it.
 */
export function auditCopy(row: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !BOOKKEEPING.has(key)));
}
