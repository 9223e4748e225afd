import type { ReviewFact, RequestFact } from './facts.ts';
import {
  emptyTable3,
  emptyTable4,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  type Table3,
  type Table3Column,
  type Table3Row,
  type Table4,
  type Table4Cell,
} from './report-format.ts';
import type { ReviewKind } from '../disclosure-request/outcomes.ts';
import { isOpenAtYearEnd } from '../disclosure-request/carry-over.ts';

/** The ids of the records behind each figure, so that every number links to what makes it. */
export type Table3Evidence = Record<Table3Row, Record<Table3Column, string[]>>;
export type Table4Evidence = Record<ReviewKind, Record<Table4Cell, string[]>>;

export interface Table3Result {
  table: Table3;
  evidence: Table3Evidence;
  /** Records that cannot be placed (closed without an outcome): shown, never silently counted. */
  anomalies: { id: string; number: string; reasonZh: string }[];
}

function emptyEvidence3(): Table3Evidence {
  return Object.fromEntries(
    TABLE3_ROWS.map((r) => [r.key, Object.fromEntries(TABLE3_COLUMNS.map((c) => [c, [] as string[]]))]),
  ) as Table3Evidence;
}

/**
 * Table 3 of year N from the requests' facts (ogi-annual-report-format.md §4):
 * - 本年新收: received (条例第三十一条 receipt date) in N; 上年结转: received before N and still open on 1 January;
 * - 本年度办理结果: closed in N, one row per outcome (a partial disclosure counts only as 部分公开);
 * - 结转下年度: received by 31 December and not closed by then.
 * So rule 1 (一+二 = 三+四) holds for records by construction; the checker still verifies it.
 */
export function computeTable3(requests: RequestFact[], year: number): Table3Result {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const table = emptyTable3();
  const evidence = emptyEvidence3();
  const anomalies: Table3Result['anomalies'] = [];
  const add = (row: Table3Row, r: RequestFact) => {
    for (const column of [r.applicantKind, 'total'] as const) {
      table[row][column] += 1;
      evidence[row][column].push(r.id);
    }
  };
  for (const r of requests) {
    if (r.receivedOn > end || (r.closedOn !== null && r.closedOn < start)) continue;
    add(isOpenAtYearEnd(r, year - 1) ? 'carriedOver' : 'newReceived', r);
    const closedInYear = r.closedOn !== null && r.closedOn <= end;
    if (closedInYear && r.outcome) {
      add(r.outcome, r);
      add('resultTotal', r);
    } else {
      if (closedInYear) anomalies.push({ id: r.id, number: r.number, reasonZh: '已办结但未记录办理结果，按结转下年度计' });
      add('carriedForward', r);
    }
  }
  return { table, evidence, anomalies };
}

/**
 * Table 4 of year N: the reconsiderations and lawsuits filed in N, each with its result as it stood
 * on 31 December (decided later → 尚未审结). A case counts once, in the year it was filed.
 */
export function computeTable4(reviews: ReviewFact[], year: number): { table: Table4; evidence: Table4Evidence } {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const table = emptyTable4();
  const evidence = Object.fromEntries(
    Object.keys(table).map((k) => [k, { maintained: [], corrected: [], other: [], pending: [], total: [] }]),
  ) as unknown as Table4Evidence;
  for (const r of reviews) {
    if (r.filedOn < start || r.filedOn > end) continue;
    const decided = r.decidedOn !== null && r.decidedOn <= end && r.result !== null;
    const cell: Table4Cell = decided ? r.result! : 'pending';
    for (const c of [cell, 'total'] as const) {
      table[r.kind][c] += 1;
      evidence[r.kind][c].push(r.id);
    }
  }
  return { table, evidence };
}

/** Per cell, how many records stand behind it (what the report view carries; the ids stay on the server). */
export function evidenceCounts(
  e3: Table3Evidence,
  e4: Table4Evidence,
): { table3: Record<string, Record<string, number>>; table4: Record<string, Record<string, number>> } {
  const count = (e: Record<string, Record<string, string[]>>) =>
    Object.fromEntries(
      Object.entries(e).map(([row, cols]) => [row, Object.fromEntries(Object.entries(cols).map(([c, ids]) => [c, ids.length]))]),
    );
  return { table3: count(e3), table4: count(e4) };
}
