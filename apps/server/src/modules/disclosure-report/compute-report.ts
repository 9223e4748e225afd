import {
  checkConsistency,
  computeTable3,
  computeTable4,
  draftNarrative,
  EMPTY_TABLE2,
  evidenceCounts,
  type DisclosureReportView,
  type RequestFact,
  type ReviewFact,
  type Table3Column,
} from '@yifa/domain';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { loadDisclosureActivityFacts, loadDisclosureReportFacts } from '../report-sources.ts';
import { findReport, townshipInfo } from '../repository.ts';
import type { DisclosureAnnualReportRow } from '../tables.ts';
import type { PublishedReport } from '../published-report.ts';

export interface ComputedReport {
  view: DisclosureReportView;
  /** The full report with evidence ids: what publishing freezes and the exports print. */
  report: PublishedReport;
  /** The request facts it was computed from; null for a published report (its snapshot is the source). */
  facts: { requests: RequestFact[]; reviews: ReviewFact[] } | null;
}

/**
 * The year's report as it stands: a published one exactly as published; otherwise tables 3 and 4
 * computed from the records now, table 2 and the narrative as staff saved them (or a draft), and
 * every consistency rule checked, including the carry-over from last year's report (rule 5).
 */
export async function computeReport(db: DbOrTx, townshipId: string, year: number): Promise<ComputedReport> {
  const [row, township] = await Promise.all([findReport(db, townshipId, year), townshipInfo(db, townshipId)]);
  const publicUrl = township.code ? `/gk/${township.code}/reports/${year}` : null;
  if (row?.status === 'published' && row.snapshot)
    return { report: row.snapshot, view: toView(row.snapshot, row, townshipId, publicUrl, null), facts: null };

  const [facts, activity, previousRow] = await Promise.all([
    loadDisclosureReportFacts(db, townshipId, year),
    loadDisclosureActivityFacts(db, townshipId, year),
    findReport(db, townshipId, year - 1),
  ]);
  const t3 = computeTable3(facts.requests, year);
  const t4 = computeTable4(facts.reviews, year);
  const previousCarriedForward =
    previousRow?.status === 'published' && previousRow.snapshot
      ? { source: 'published' as const, values: previousRow.snapshot.table3.carriedForward }
      : null;
  const narrative = row?.narrative ?? draftNarrative({ year, townshipName: township.name, table3: t3.table, table4: t4.table, activity });
  const table2 = row?.table2 ?? EMPTY_TABLE2;
  const violations = checkConsistency({
    year,
    table2,
    table3: t3.table,
    table4: t4.table,
    overview: narrative.overview,
    previousCarriedForward,
  });
  const report: PublishedReport = {
    townshipName: township.name,
    year,
    table2,
    table3: t3.table,
    table4: t4.table,
    evidence3: t3.evidence,
    evidence4: t4.evidence,
    narrative,
    activity,
    violations,
    publishedOn: '',
  };
  const view = toView(report, row, townshipId, publicUrl, previousCarriedForward);
  view.anomalies = t3.anomalies;
  view.narrativeIsDraft = !row;
  return { report, view, facts };
}

function toView(
  r: PublishedReport,
  row: DisclosureAnnualReportRow | null,
  townshipId: string,
  publicUrl: string | null,
  previous: { source: 'published' | 'computed'; values: Record<Table3Column, number> } | null,
): DisclosureReportView {
  const published = row?.status === 'published';
  return {
    townshipId,
    townshipName: r.townshipName,
    year: r.year,
    status: row ? (published ? 'published' : 'draft') : 'none',
    version: row?.version ?? null,
    table2: r.table2,
    table2Source: 'manual',
    table3: r.table3,
    table4: r.table4,
    evidenceCounts: evidenceCounts(r.evidence3, r.evidence4),
    narrative: r.narrative,
    narrativeIsDraft: false,
    activity: r.activity,
    violations: r.violations,
    anomalies: [],
    previousCarriedForward: previous,
    crossYearExplanation: row?.crossYearExplanation ?? null,
    publishedAt: row?.publishedAt?.toISOString() ?? null,
    publicUrl: published ? publicUrl : null,
  };
}
