import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { businessColumns, idColumn } from '../db/columns.ts';

/**
 * Attachments: the bytes live content-addressed under the data folder (files/ab/cd/<sha256>);
 * a row says who may see them (township, org) and what they belong to.
 */
export const files = pgTable(
  'files',
  {
    id: idColumn(),
    ...businessColumns(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    contentType: text('content_type').notNull(),
    originalName: text('original_name').notNull(),
    entityType: text('entity_type'),
    entityId: uuid('entity_id'),
  },
  (t) => [
    index('files_township_org_idx').on(t.townshipId, t.orgId),
    // The list's order (repository.ts filesListOrder) after its equality columns: a township's files,
    // a record's files (also the lookups of a record's attachments).
    index('files_township_list_idx')
      .on(t.townshipId, t.createdAt, t.id)
      .where(sql`${t.deletedAt} is null`),
    // Several townships at once (the county reviewer, the system administrator): newest first over
    // all files, the scope filtered as the index is walked (bench/county: 2.1 s a page without it).
    index('files_list_idx')
      .on(t.createdAt, t.id)
      .where(sql`${t.deletedAt} is null`),
    index('files_entity_idx').on(t.entityType, t.entityId, t.createdAt, t.id),
    index('files_sha_idx').on(t.sha256),
  ],
);
