import { pgTable, text } from 'drizzle-orm/pg-core';
import { businessColumns, idColumn } from '../../platform/db/columns.ts';

// Add the table to apps/server/src/platform/db/schema.ts, then: npm run db:generate -- --name proactive-disclosure_tables
export const proactiveDisclosureRecords = pgTable('proactive_disclosure_records', {
  id: idColumn(),
  ...businessColumns(),
  title: text('title').notNull(),
});
