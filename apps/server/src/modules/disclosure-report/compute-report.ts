import {
  checkConsistency,
  computeTable3,
  computeTable4,
  draftNarrative,
  EMPTY_TABLE2,
  type PublishedReport,
  type RequestFact,
  type ReviewFact,
  type Table3Column,
} from '@yifa/domain/disclosure-report';
import type { DbOrTx } from '../../platform/db/client.ts';
import { loadDisclosureReportFacts } from '../disclosure-request/index.ts';
import { loadDisclosureActivityFacts } from '../proactive-disclosure/index.ts';
import { findReport, townshipInfo } from './repository.ts';
import type { DisclosureAnnualReportRow } from './tables.ts';

export interface ComputedReport {
  townshipId: string;
  /** The saved report, null while the year has nothing saved. */
  row: DisclosureAnnualReportRow | null;
  /** The full report with evidence ids: what publishing freezes and the exports print. */
  report: PublishedReport;
  /** The request facts it was computed from; null for a published report (its snapshot is the source). */
  facts: { requests: RequestFact[]; reviews: ReviewFact[] } | null;
  /** Records that cannot be placed in table 3 (shown, never silently counted). */
  anomalies: { id: string; number: string; reasonZh: string }[];
  previousCarriedForward: { source: 'published' | 'computed'; values: Record<Table3Column, number> } | null;
  /** Address of the year's report on the public site (shown once published). */
  publicUrl: string | null;
}

/**
 * The year's report as it stands: a published one exactly as published; otherwise tables 3 and 4
 * computed from the records now, table 2 and the narrative as staff saved them (or a draft), and
 * every consistency rule checked, including the carry-over from last year's report (rule 5).
 * Shared by every use case of the module (read, save, publish, evidence, export) and the demo seed.
 */
export async function computeReport(db: DbOrTx, townshipId: string, year: number): Promise<ComputedReport> {
  const [row, township] = await Promise.all([findReport(db, townshipId, year), townshipInfo(db, townshipId)]);
  const publicUrl = township.code ? `/gk/${township.code}/reports/${year}` : null;
  if (row?.status === 'published' && row.snapshot)
    return { townshipId, row, report: row.snapshot, facts: null, anomalies: [], previousCarriedForward: null, publicUrl };

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
  return { townshipId, row, report, facts, anomalies: t3.anomalies, previousCarriedForward, publicUrl };
}

/** The report's state in its workflow (packages/domain disclosure-report/workflow.ts). */
export function stateOf(row: DisclosureAnnualReportRow | null): 'none' | 'draft' | 'published' {
  return row ? (row.status === 'published' ? 'published' : 'draft') : 'none';
}
