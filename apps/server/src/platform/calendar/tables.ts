import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The statutory working-day calendar (rules.md §10). A year is present only once its State Council
 * notice has been entered; a deadline that runs into an absent year is flagged as provisional.
 * Only exceptions are stored: holidays (days off) and make-up workdays (调休上班); weekends are implicit.
 */
export const calendarYears = pgTable(
  'calendar_years',
  {
    year: integer('year').primaryKey(),
    source: text('source').notNull(),
    /**
     * 'official' only when complete and confirmed with its notice (domain year-confirmation.ts). Rows from
     * before this column existed were never checked, so they start provisional (the safe side: flagged).
     */
    status: text('status').notNull().default('provisional'),
    notice: text('notice'),
    /** The notice's date (with its number in `notice`, the source confirmation of an official year). */
    noticeDate: date('notice_date'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    check('calendar_years_source_check', sql`${t.source} in ('chinese-days', 'manual', 'notice-import')`),
    check('calendar_years_status_check', sql`${t.status} in ('official', 'provisional')`),
  ],
);

export const calendarDays = pgTable(
  'calendar_days',
  {
    date: date('date').primaryKey(),
    year: integer('year')
      .notNull()
      .references(() => calendarYears.year, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
  },
  (t) => [check('calendar_days_kind_check', sql`${t.kind} in ('holiday', 'makeUpWorkday')`), index('calendar_days_year_idx').on(t.year)],
);
