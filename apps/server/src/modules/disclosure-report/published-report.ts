import type { DisclosureActivityFacts, NarrativeSections, Table2, Table3, Table4, Violation } from '@yifa/domain';
import type { Table3Evidence, Table4Evidence } from '@yifa/domain';

/** A report as published: every figure and the records behind it, frozen on the day of publication. */
export interface PublishedReport {
  townshipName: string;
  year: number;
  table2: Table2;
  table3: Table3;
  table4: Table4;
  evidence3: Table3Evidence;
  evidence4: Table4Evidence;
  narrative: NarrativeSections;
  activity: DisclosureActivityFacts | null;
  /** Warnings at publication (errors block it), and the rule-5 explanation if one was given. */
  violations: Violation[];
  publishedOn: string;
}
