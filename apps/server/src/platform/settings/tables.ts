import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Platform settings (security policy, attachment limit …): one JSON value per key. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});
