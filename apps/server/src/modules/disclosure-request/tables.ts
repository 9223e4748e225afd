import { pgTable, text } from 'drizzle-orm/pg-core';
import { businessColumns, idColumn } from '../../platform/db/columns.ts';

// Add the table to apps/server/src/platform/db/schema.ts, then: npm run db:generate -- --name disclosure-request_tables
export const disclosureRequestRecords = pgTable('disclosure_request_records', {
  id: idColumn(),
  ...businessColumns(),
  title: text('title').notNull(),
});
