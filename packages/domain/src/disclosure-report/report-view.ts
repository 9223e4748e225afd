import type { Violation } from './check-consistency.ts';
import type { Table3Evidence, Table4Evidence } from './compute-tables.ts';
import type { NarrativeSections } from './draft-narrative.ts';
import type { DisclosureActivityFacts } from './facts.ts';
import type { Table2, Table3, Table3Column, Table4 } from './report-format.ts';

/** The annual report of one township and year as the API returns it (GET /api/disclosure-reports/:year). */
export interface DisclosureReportView {
  townshipId: string;
  townshipName: string;
  year: number;
  /** none: nothing saved yet (the page shows the computed tables and a drafted narrative). */
  status: 'none' | 'draft' | 'published';
  version: number | null;
  table2: Table2;
  /** Table 2 is entered by hand until the normative-document and enforcement modules provide it. */
  table2Source: 'manual';
  table3: Table3;
  table4: Table4;
  /** Per cell, how many records stand behind it (the ids come from the evidence route). */
  evidenceCounts: { table3: Record<string, Record<string, number>>; table4: Record<string, Record<string, number>> };
  narrative: NarrativeSections;
  /** The narrative is the generated draft, not yet saved by staff. */
  narrativeIsDraft: boolean;
  activity: DisclosureActivityFacts | null;
  violations: Violation[];
  anomalies: { id: string; number: string; reasonZh: string }[];
  previousCarriedForward: { source: 'published' | 'computed'; values: Record<Table3Column, number> } | null;
  crossYearExplanation: string | null;
  publishedAt: string | null;
  /** Address of the published report on the public site. */
  publicUrl: string | null;
}

export function evidenceCounts(e3: Table3Evidence, e4: Table4Evidence): DisclosureReportView['evidenceCounts'] {
  const count = (e: Record<string, Record<string, string[]>>) =>
    Object.fromEntries(
      Object.entries(e).map(([row, cols]) => [row, Object.fromEntries(Object.entries(cols).map(([c, ids]) => [c, ids.length]))]),
    );
  return { table3: count(e3), table4: count(e4) };
}
