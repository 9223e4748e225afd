import { sql } from 'drizzle-orm';
import { boolean, check, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { auditColumns, idColumn } from '../db/columns.ts';

/**
 * Every deadline a module computes is stored here with its rule and the explanation of how it was
 * computed, so that the workbench lists them, the nightly job warns, and a calendar change can
 * recompute every open one from its rule.
 */
export const deadlines = pgTable(
  'deadlines',
  {
    id: idColumn(),
    townshipId: uuid('township_id').notNull(),
    orgId: uuid('org_id').notNull(),
    module: text('module').notNull(),
    kind: text('kind').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    title: text('title').notNull(),
    link: text('link'),
    assigneeId: uuid('assignee_id'),
    rule: jsonb('rule').notNull(),
    dueDate: date('due_date'),
    explanation: jsonb('explanation').notNull(),
    isProvisional: boolean('is_provisional').notNull().default(false),
    status: text('status').notNull().default('open'),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
    ...auditColumns(),
  },
  (t) => [
    check('deadlines_status_check', sql`${t.status} in ('open', 'met', 'cancelled')`),
    uniqueIndex('deadlines_entity_kind_uq')
      .on(t.entityType, t.entityId, t.kind)
      .where(sql`${t.deletedAt} is null`),
    index('deadlines_open_due_idx')
      .on(t.townshipId, t.dueDate)
      .where(sql`${t.status} = 'open' and ${t.deletedAt} is null`),
    // The list's order (repository.ts deadlinesListOrder) after the scope's township: a page, and the
    // overdue / due-soon windows, are ranges of it.
    index('deadlines_open_list_idx')
      .on(t.townshipId, sql`coalesce(${t.dueDate}, '9999-12-31'::date)`, t.title, t.id)
      .where(sql`${t.status} = 'open' and ${t.deletedAt} is null`),
  ],
);
