import { bigint, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';

/**
 * How many rows each counted list holds, per township and org, as deltas: every statement that adds,
 * removes (soft-deletes) or moves rows of a counted table appends one row per (township, org) it
 * changed, in its own transaction (a statement trigger, migration 0018), so a list's first page reads
 * its exact total as a sum of a few rows instead of counting up to 10,000 index entries. Appending
 * never waits on another writer (no counter row to lock); `compactListCounts` folds the deltas into
 * one row per (list, township, org) every few minutes. Derived state: `recomputeListCounts` rebuilds
 * it from the tables (docs/adr/0010).
 */
export const listCountDeltas = pgTable(
  'list_count_deltas',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    list: text('list').notNull(),
    /** The zero uuid for rows without a township (system accounts, system audit entries). */
    townshipId: uuid('township_id').notNull(),
    /** The zero uuid for rows without an org (the audit log has none). */
    orgId: uuid('org_id').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [index('list_count_deltas_idx').on(t.list, t.townshipId, t.orgId)],
);
