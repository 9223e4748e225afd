import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A township's parameters for a compliance rule in a year (defaults come from the rule itself). */
export const complianceRuleSettings = pgTable(
  'compliance_rule_settings',
  {
    townshipId: uuid('township_id').notNull(),
    ruleCode: text('rule_code').notNull(),
    year: integer('year').notNull(),
    isEnabled: boolean('is_enabled').notNull().default(true),
    params: jsonb('params').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [primaryKey({ columns: [t.townshipId, t.ruleCode, t.year] })],
);
