import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { businessColumns, idColumn } from '../../platform/db/columns.ts';

/**
 * A themed publicity period (glossary `campaign`): 宪法宣传周, 4·15, 6·26 … Owned by the township
 * (org_id = the township), seeded each year from DEFAULT_CAMPAIGNS, editable.
 */
export const publicityCampaigns = pgTable(
  'publicity_campaigns',
  {
    id: idColumn(),
    ...businessColumns(),
    year: integer('year').notNull(),
    /** campaignTheme dictionary code. */
    theme: text('theme').notNull(),
    name: text('name').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    notes: text('notes'),
  },
  (t) => [
    index('publicity_campaigns_township_year_idx').on(t.townshipId, t.year),
    check('publicity_campaigns_dates_check', sql`${t.endDate} >= ${t.startDate}`),
  ],
);

/**
 * One line of an office's 普法责任清单 for a year (谁执法谁普法, 中办国办 2017 意见; 《法治宣传教育法》
 * 2025): the laws it publicises, to whom, by what measures, in which months. org_id = the office.
 */
export const publicityDutyItems = pgTable(
  'publicity_duty_items',
  {
    id: idColumn(),
    ...businessColumns(),
    year: integer('year').notNull(),
    laws: text('laws').notNull(),
    /** audienceType dictionary codes. */
    audienceTypes: text('audience_types').array().notNull(),
    measures: text('measures').notNull(),
    /** 1–12; empty = throughout the year. */
    plannedMonths: integer('planned_months').array().notNull(),
    responsible: text('responsible'),
  },
  (t) => [index('publicity_duty_items_township_year_idx').on(t.townshipId, t.year, t.orgId)],
);

/**
 * One publicity event (glossary `publicityActivity`). org_id = the organiser (data scope); the
 * village reached is `village_id` (an org of kind village/community). 以案释法: `case_reference`
 * names the case in words; `case_entity_type`/`case_entity_id` are for the link once the
 * enforcement and dispute modules exist.
 */
export const publicityActivities = pgTable(
  'publicity_activities',
  {
    id: idColumn(),
    ...businessColumns(),
    /** China calendar day of the event. */
    date: date('date').notNull(),
    title: text('title').notNull(),
    campaignId: uuid('campaign_id'),
    dutyItemId: uuid('duty_item_id'),
    venueType: text('venue_type').notNull(),
    villageId: uuid('village_id'),
    channel: text('channel').notNull(),
    audienceType: text('audience_type'),
    audienceCount: integer('audience_count').notNull().default(0),
    materialsCount: integer('materials_count').notNull().default(0),
    caseReference: text('case_reference'),
    caseEntityType: text('case_entity_type'),
    caseEntityId: uuid('case_entity_id'),
    summary: text('summary'),
  },
  (t) => [
    index('publicity_activities_township_date_idx').on(t.townshipId, t.date),
    // The list's order (activity-list.ts activityListOrder): newest first within the township.
    index('publicity_activities_list_idx')
      .on(t.townshipId, t.date, t.createdAt, t.id)
      .where(sql`${t.deletedAt} is null`),
    index('publicity_activities_village_idx').on(t.villageId, t.date),
    index('publicity_activities_duty_item_idx').on(t.dutyItemId),
    index('publicity_activities_campaign_idx').on(t.campaignId),
    check('publicity_activities_counts_check', sql`${t.audienceCount} >= 0 and ${t.materialsCount} >= 0`),
  ],
);
