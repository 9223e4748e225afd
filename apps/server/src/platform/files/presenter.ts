import { ALLOWED_FILE_TYPES, cleanFileName, type FileInfo } from '@yifa/domain';
import type { FileRow } from './repository.ts';

export function typeOfRow(row: Pick<FileRow, 'contentType'>) {
  return ALLOWED_FILE_TYPES.find((a) => a.mime === row.contentType) ?? null;
}

/** The columns a file's response shows (a list may read only these, e.g. as json). */
export type ShownFileRow = Pick<
  FileRow,
  | 'id'
  | 'townshipId'
  | 'orgId'
  | 'originalName'
  | 'contentType'
  | 'size'
  | 'sha256'
  | 'entityType'
  | 'entityId'
  | 'createdAt'
  | 'createdBy'
  | 'version'
>;

export function presentFile(row: ShownFileRow): FileInfo {
  const type = typeOfRow(row);
  return {
    id: row.id,
    townshipId: row.townshipId,
    orgId: row.orgId,
    // Cleaned again for rows stored before uploads were (a direction override must not reach the page).
    originalName: cleanFileName(row.originalName),
    contentType: row.contentType,
    kind: type?.kind ?? 'document',
    size: row.size,
    sha256: row.sha256,
    entityType: row.entityType,
    entityId: row.entityId,
    isPreviewable: type?.isInlinePreviewable ?? false,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    version: row.version,
  };
}

/** What the audit log keeps of a file. */
export function fileAuditView(row: FileRow) {
  return {
    originalName: row.originalName,
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    orgId: row.orgId,
    entityType: row.entityType,
    entityId: row.entityId,
  };
}
