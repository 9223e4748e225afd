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

/**
 * A township's compliance for a year as last evaluated (every rule, every org of the township), so a
 * county view reads one row per township instead of re-running every rule (docs/adr/0009). Derived
 * state: rebuilt by `recomputeComplianceSnapshots`, on read when older than its maximum age, on
 * request, and dropped when the township's settings for the year change.
 */
export const complianceSnapshots = pgTable(
  'compliance_snapshots',
  {
    townshipId: uuid('township_id').notNull(),
    year: integer('year').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
    /** The registered rule codes, sorted and joined: a snapshot taken under another rule set is stale. */
    rulesKey: text('rules_key').notNull(),
    /** [{ code, evaluation }] with the results of every org of the township (filtered to the caller's scope on read). */
    evaluations: jsonb('evaluations').notNull(),
    /** { orgId: [met, notMet, notApplicable] }: what the workbench sums, without reading the evaluations. */
    orgCounts: jsonb('org_counts').notNull(),
  },
  (t) => [primaryKey({ columns: [t.townshipId, t.year] })],
);
