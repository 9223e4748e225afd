import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The human-check tokens already answered, right or wrong, until they expire: in the database, so
 * that a token is good for one answer across every app process and a restart. The primary key
 * makes the first of several simultaneous answers the only one that counts.
 */
export const humanCheckUses = pgTable(
  'human_check_uses',
  {
    nonce: text('nonce').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('human_check_uses_expires_idx').on(t.expiresAt)],
);
