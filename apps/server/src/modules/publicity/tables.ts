import { pgTable, text } from 'drizzle-orm/pg-core';
import { businessColumns, idColumn } from '../../platform/db/columns.ts';

// Add the table to apps/server/src/platform/db/schema.ts, then: npm run db:generate -- --name publicity_tables
export const publicityRecords = pgTable('publicity_records', {
  id: idColumn(),
  ...businessColumns(),
  title: text('title').notNull(),
});
