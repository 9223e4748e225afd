import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { NarrativeSections, PublishedReport, Table2 } from '@yifa/domain/disclosure-report';
import { businessColumns, idColumn } from '../../platform/db/columns.ts';

/**
 * One township's 政府信息公开工作年度报告 for one year (条例第四十九、五十条). Tables 3 and 4 are
 * never stored while a draft: they are computed from the request records every time, so they can't
 * drift from them. Staff keep here what only they can give: table 2 (until the document and
 * enforcement modules provide it) and the narrative. Publishing freezes the whole report (snapshot).
 */
export const disclosureAnnualReports = pgTable(
  'disclosure_annual_reports',
  {
    id: idColumn(),
    ...businessColumns(),
    year: integer('year').notNull(),
    table2: jsonb('table2').$type<Table2>().notNull(),
    narrative: jsonb('narrative').$type<NarrativeSections>().notNull(),
    status: text('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    /** Why this year's carry-over differs from last year's published carry-forward (rule 5), when it does. */
    crossYearExplanation: text('cross_year_explanation'),
    snapshot: jsonb('snapshot').$type<PublishedReport>(),
  },
  (t) => [
    check('disclosure_annual_reports_status_check', sql`${t.status} in ('draft', 'published')`),
    check('disclosure_annual_reports_published_check', sql`(${t.status} = 'published') = (${t.snapshot} is not null)`),
    uniqueIndex('disclosure_annual_reports_year_uq')
      .on(t.townshipId, t.year)
      .where(sql`${t.deletedAt} is null`),
  ],
);
export type DisclosureAnnualReportRow = typeof disclosureAnnualReports.$inferSelect;
