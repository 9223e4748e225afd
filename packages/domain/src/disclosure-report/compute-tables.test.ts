import { describe, expect, it } from 'vitest';
import { OUTCOME_CODES, type ApplicantKind, type OutcomeCode } from '../disclosure-request/outcomes.ts';
import { checkConsistency } from './check-consistency.ts';
import { computeTable3, computeTable4 } from './compute-tables.ts';
import { draftNarrative } from './draft-narrative.ts';
import type { RequestFact, ReviewFact } from './facts.ts';
import { EMPTY_TABLE2, TABLE3_ROWS } from './report-format.ts';

let n = 0;
const req = (applicantKind: ApplicantKind, receivedOn: string, closedOn: string | null, outcome: OutcomeCode | null): RequestFact => ({
  id: `r${++n}`,
  number: `YSQ-${n}`,
  applicantKind,
  receivedOn,
  closedOn,
  outcome,
});

/**
 * A hand-built 2025 whose table 3 is known cell by cell:
 * - carried over from 2024: 2 (natural: one granted in Jan 2025, one still open at the end of 2025);
 * - new in 2025: one request for each of the 21 outcome rows, applicant kinds in turn, all closed in
 *   2025; plus a commercial request received 31 Dec 2025 (open → carried forward) and a research one
 *   received in 2025 but closed on 2 Jan 2026 (carried forward too);
 * - outside 2025: a request closed in 2024 and one received in 2026 (neither counts).
 */
const kinds: ApplicantKind[] = ['natural', 'commercial', 'research', 'publicWelfare', 'legalService', 'other'];
const fixture: RequestFact[] = [
  req('natural', '2024-12-10', '2025-01-08', 'granted'),
  req('natural', '2024-11-20', null, null),
  ...OUTCOME_CODES.map((o, i) => req(kinds[i % 6]!, '2025-03-03', '2025-04-01', o)),
  req('commercial', '2025-12-31', null, null),
  req('research', '2025-12-01', '2026-01-02', 'partial'),
  req('natural', '2024-03-01', '2024-03-20', 'granted'),
  req('natural', '2026-01-05', null, null),
];

describe('table 3 from records', () => {
  const { table, evidence, anomalies } = computeTable3(fixture, 2025);

  it('counts new, carried over, each outcome row and carried forward in the right columns', () => {
    expect(table.newReceived.total).toBe(23);
    expect(table.carriedOver).toMatchObject({ natural: 2, total: 2 });
    expect(table.carriedForward).toMatchObject({ natural: 1, commercial: 1, research: 1, total: 3 });
    expect(table.resultTotal.total).toBe(22);
    // The carried-over natural person's grant, plus the granted row of the 21.
    expect(table.granted).toMatchObject({ natural: 2, total: 2 });
    OUTCOME_CODES.forEach((o, i) => {
      expect(table[o][kinds[i % 6]!], o).toBeGreaterThanOrEqual(1);
      expect(table[o].total, o).toBe(o === 'granted' ? 2 : 1);
    });
    expect(table.other_other).toMatchObject({ research: 1, total: 1 }); // 21st row, index 20 → kinds[2]
    expect(anomalies).toEqual([]);
  });

  it('links every figure to the records that make it', () => {
    expect(evidence.carriedOver.natural).toEqual(['r1', 'r2']);
    expect(evidence.carriedForward.total.sort()).toEqual(['r2', `r${2 + 21 + 1}`, `r${2 + 21 + 2}`].sort());
    for (const row of TABLE3_ROWS) expect(evidence[row.key].total.length, row.key).toBe(table[row.key].total);
  });

  it('a request received on 31 December is new in its year, and carried over into the next', () => {
    const late = [req('natural', '2025-12-31', null, null)];
    expect(computeTable3(late, 2025).table.newReceived.total).toBe(1);
    expect(computeTable3(late, 2025).table.carriedForward.total).toBe(1);
    const next = computeTable3(late, 2026).table;
    expect(next.carriedOver.total).toBe(1);
    expect(next.newReceived.total).toBe(0);
  });

  it('holds the format\u2019s rules, and next year\u2019s carry-over equals this year\u2019s carry-forward', () => {
    const next = computeTable3(fixture, 2026).table;
    expect(next.carriedOver).toEqual(table.carriedForward);
    const violations = checkConsistency({
      year: 2026,
      table2: EMPTY_TABLE2,
      table3: next,
      table4: computeTable4([], 2026).table,
      overview: '',
      previousCarriedForward: { source: 'published', values: table.carriedForward },
    });
    expect(violations).toEqual([]);
  });

  it('shows a request closed without an outcome instead of counting it silently', () => {
    const odd = computeTable3([req('other', '2025-05-05', '2025-05-06', null)], 2025);
    expect(odd.anomalies).toHaveLength(1);
    expect(odd.table.carriedForward.total).toBe(1);
  });
});

describe('table 4 from records', () => {
  const review = (kind: ReviewFact['kind'], filedOn: string, decidedOn: string | null, result: ReviewFact['result']): ReviewFact => ({
    id: `v${++n}`,
    requestId: 'r1',
    kind,
    filedOn,
    decidedOn,
    result,
  });

  it('counts cases filed in the year with their result on 31 December', () => {
    const { table, evidence } = computeTable4(
      [
        review('review', '2025-02-01', '2025-04-01', 'maintained'),
        review('review', '2025-06-01', '2025-08-01', 'corrected'),
        review('review', '2025-11-01', '2026-01-15', 'maintained'), // decided next year → pending
        review('litigationDirect', '2025-07-01', null, null),
        review('litigationAfterReview', '2025-09-01', '2025-12-31', 'other'),
        review('review', '2024-12-01', '2025-01-10', 'maintained'), // filed last year: not this year's
      ],
      2025,
    );
    expect(table.review).toEqual({ maintained: 1, corrected: 1, other: 0, pending: 1, total: 3 });
    expect(table.litigationDirect).toEqual({ maintained: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect(table.litigationAfterReview).toEqual({ maintained: 0, corrected: 0, other: 1, pending: 0, total: 1 });
    expect(evidence.review.total).toHaveLength(3);
  });
});

describe('the drafted narrative', () => {
  it('agrees with the tables it was drafted from (rule 6)', () => {
    const { table } = computeTable3(fixture, 2025);
    const t4 = computeTable4(
      [{ id: 'x', requestId: 'r1', kind: 'review', filedOn: '2025-05-01', decidedOn: null, result: null }],
      2025,
    ).table;
    const draft = draftNarrative({ year: 2025, townshipName: '某乡', table3: table, table4: t4, activity: null });
    expect(draft.overview).toContain('本年新收政府信息公开申请23件');
    expect(
      checkConsistency({
        year: 2025,
        table2: EMPTY_TABLE2,
        table3: table,
        table4: t4,
        overview: draft.overview,
        previousCarriedForward: null,
      }),
    ).toEqual([]);
    const quiet = draftNarrative({
      year: 2025,
      townshipName: '某乡',
      table3: table,
      table4: computeTable4([], 2025).table,
      activity: null,
    });
    expect(quiet.overview).toContain('未发生因政府信息公开引起的行政复议、行政诉讼');
  });
});
