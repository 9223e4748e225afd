import type { ApplicantKind, OutcomeCode, ReviewKind, ReviewResult } from '../disclosure-request/outcomes.ts';

/**
 * What the annual report (政府信息公开工作年度报告) needs from the modules that keep the records.
 * The disclosure-request module answers with RequestFact / ReviewFact, the proactive-disclosure
 * module with DisclosureActivityFacts; the report computes its tables from nothing else, so every
 * figure can link back to the records behind it (ids).
 */
export interface RequestFact {
  id: string;
  /** Tracking number, shown in the links from a figure to its records. */
  number: string;
  applicantKind: ApplicantKind;
  /** The receipt date of the original application (条例第三十一条), China date YYYY-MM-DD. */
  receivedOn: string;
  /** The day the request was closed with its outcome; null while it is open. */
  closedOn: string | null;
  outcome: OutcomeCode | null;
}

/** An administrative reconsideration or lawsuit about a request (table 4). */
export interface ReviewFact {
  id: string;
  requestId: string;
  kind: ReviewKind;
  filedOn: string;
  /** Null while undecided; a decision after 31 December counts as 尚未审结 in that year. */
  decidedOn: string | null;
  result: Exclude<ReviewResult, 'pending'> | null;
}

/** Proactive disclosure in the year, for the narrative of section 一 (主动公开). */
export interface DisclosureActivityFacts {
  publications: number;
  /** Published later than the catalogue item's time limit (条例第二十六条). */
  latePublications: number;
  byCategory: Record<string, number>;
  byChannel: Record<string, number>;
  boardUpdates: number;
  villageAffairsDisclosures: number;
  partyAffairsDisclosures: number;
}
