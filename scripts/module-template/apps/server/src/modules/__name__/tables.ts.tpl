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
  (t) => [index('__snake___records_township_idx').on(t.townshipId)],
);
