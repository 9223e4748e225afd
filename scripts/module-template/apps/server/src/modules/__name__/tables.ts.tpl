import { sql } from 'drizzle-orm';
import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { businessColumns, idColumn } from '../../platform/db/columns.ts';

/** One record of the __name__ module, owned by an org of its township (org_id: the data scope). */
export const __camel__Records = pgTable(
  '__snake___records',
  {
    id: idColumn(),
    ...businessColumns(),
    title: text('title').notNull(),
    notes: text('notes'),
  },
  // The list's order (repository.ts __camel__ListOrder), for the rows a list shows (not deleted).
  (t) => [index('__snake___records_list_idx').on(t.townshipId, t.createdAt, t.id).where(sql`${t.deletedAt} is null`)],
);
