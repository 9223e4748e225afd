import { sql } from 'drizzle-orm';
import { boolean, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { auditColumns, idColumn } from '../db/columns.ts';

/**
 * Dictionaries (字典): admin-editable lists other modules pick from. Each township has its own copy,
 * seeded from the reference defaults; code branches on the stable `code`, never on a label.
 */
export const dictionaryEntries = pgTable(
  'dictionary_entries',
  {
    id: idColumn(),
    townshipId: uuid('township_id').notNull(),
    dictionary: text('dictionary').notNull(),
    code: text('code').notNull(),
    labelZh: text('label_zh').notNull(),
    labelEn: text('label_en').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    isBuiltin: boolean('is_builtin').notNull().default(false),
    ...auditColumns(),
  },
  (t) => [
    uniqueIndex('dictionary_entries_code_uq')
      .on(t.townshipId, t.dictionary, t.code)
      .where(sql`${t.deletedAt} is null`),
  ],
);
