import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Primary key of every business row. */
export const idColumn = () => uuid('id').primaryKey().defaultRandom();

/**
 * The columns every business row carries (architecture.md "Data"): its township (the tenant and the
 * distribution key on a distributed PostgreSQL), its owning org (for data scope), who made and last
 * changed it, a version for optimistic locking, and soft deletion.
 */
export const businessColumns = () => ({
  townshipId: uuid('township_id').notNull(),
  orgId: uuid('org_id').notNull(),
  ...auditColumns(),
});

export const auditColumns = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
  version: integer('version').notNull().default(1),
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
  deletedBy: uuid('deleted_by'),
});
