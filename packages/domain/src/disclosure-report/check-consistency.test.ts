import { describe, expect, it } from 'vitest';
import { checkConsistency, type ReportUnderCheck } from './check-consistency.ts';
import { EMPTY_TABLE2, emptyTable3, emptyTable4, type Table2 } from './report-format.ts';

/** A consistent report: 3 new + 1 carried over = 3 closed (2 granted, 1 repeat) + 1 carried forward. */
function base(): ReportUnderCheck {
  const t3 = emptyTable3();
  const set = (row: keyof typeof t3, natural: number, commercial: number) => {
    t3[row].natural = natural;
    t3[row].commercial = commercial;
    t3[row].total = natural + commercial;
  };
  set('newReceived', 2, 1);
  set('carriedOver', 1, 0);
  set('granted', 1, 1);
  set('notProcessed_repeat', 1, 0);
  set('resultTotal', 2, 1);
  set('carriedForward', 1, 0);
  const t4 = emptyTable4();
  t4.review = { maintained: 1, corrected: 0, other: 0, pending: 1, total: 2 };
  return {
    year: 2026,
    table2: JSON.parse(JSON.stringify(EMPTY_TABLE2)) as Table2,
    table3: t3,
    table4: t4,
    overview: '本年新收政府信息公开申请3件，上年结转1件，办结3件，结转下年度继续办理1件。',
    previousCarriedForward: {
      source: 'published',
      values: { natural: 1, commercial: 0, research: 0, publicWelfare: 0, legalService: 0, other: 0, total: 1 },
    },
  };
}
const rules = (r: ReportUnderCheck) => checkConsistency(r).map((v) => v.rule);

describe('consistency rules of the national format (§6)', () => {
  it('a consistent report has no violation', () => {
    expect(checkConsistency(base())).toEqual([]);
  });

  it('rule 1: new + carried over must equal results + carried forward, per column', () => {
    const r = base();
    r.table3.carriedForward.commercial = 1;
    r.table3.carriedForward.total = 2;
    const v = checkConsistency(r).filter((x) => x.rule === 1);
    expect(v.map((x) => x.cells[0])).toEqual([
      { table: 'table3', row: 'newReceived', column: 'commercial' },
      { table: 'table3', row: 'newReceived', column: 'total' },
    ]);
    expect(v[0]!.severity).toBe('error');
  });

  it('rule 2: a row\u2019s total must be the sum of the six applicant columns', () => {
    const r = base();
    r.table3.granted.total = 3;
    expect(rules(r)).toContain(2);
  });

  it('rule 3: （七）总计 must be the sum of the outcome rows', () => {
    const r = base();
    r.table3.notProcessed_repeat.natural = 0;
    r.table3.notProcessed_repeat.total = 0;
    r.table3.unable_notHeld.natural = 1;
    r.table3.unable_notHeld.total = 1;
    expect(rules(r)).toEqual([]); // moved between rows: still consistent
    r.table3.unable_notHeld.natural = 2;
    r.table3.unable_notHeld.total = 2;
    expect(rules(r)).toContain(3);
  });

  it('rule 4: each block of table 4 totals its four results', () => {
    const r = base();
    r.table4.litigationDirect.corrected = 1;
    expect(checkConsistency(r).filter((v) => v.rule === 4)).toHaveLength(1);
  });

  it('rule 5: this year\u2019s carry-over must equal last year\u2019s carry-forward', () => {
    const r = base();
    r.previousCarriedForward = {
      source: 'published',
      values: { natural: 2, commercial: 0, research: 0, publicWelfare: 0, legalService: 0, other: 0, total: 2 },
    };
    const v = checkConsistency(r).filter((x) => x.rule === 5);
    expect(v).toHaveLength(2);
    expect(v[0]!.messageZh).toContain('已公布');
  });

  it('rule 6: the overview\u2019s figures must agree with the tables, and "no reconsideration" with table 4', () => {
    const r = base();
    r.overview = '本年新收政府信息公开申请4件，办结3件。';
    expect(
      checkConsistency(r)
        .filter((v) => v.rule === 6)
        .map((v) => v.cells[0]),
    ).toEqual([{ table: 'table3', row: 'newReceived', column: 'total' }]);
    r.overview = '本年新收政府信息公开申请3件。全年未发生因政府信息公开引起的行政复议、行政诉讼。';
    expect(checkConsistency(r).filter((v) => v.rule === 6)).toHaveLength(1);
    r.table4.review = { maintained: 0, corrected: 0, other: 0, pending: 0, total: 0 };
    expect(rules(r)).not.toContain(6);
  });

  it('rule 7: figures are whole and non-negative; only the fee (万元) may be a decimal', () => {
    const r = base();
    const t2: Table2 = r.table2;
    t2.art20_8.adminFee.amountWanYuan = 1.25;
    expect(rules(r)).toEqual([]);
    t2.art20_5.adminLicense.decisions = 1.5;
    t2.art20_6.adminPenalty.decisions = -1;
    t2.art20_8.adminFee.amountWanYuan = -0.1;
    expect(checkConsistency(r).filter((v) => v.rule === 7)).toHaveLength(3);
    const s = base();
    s.table3.granted.natural = -1;
    s.table3.granted.commercial = 2;
    expect(rules(s)).toContain(7);
  });

  it('rule 8 (soft): 规章 should be 0 for a township — a warning, not an error', () => {
    const r = base();
    r.table2.art20_1.regulations.effective = 1;
    const v = checkConsistency(r);
    expect(v.map((x) => [x.rule, x.severity])).toEqual([[8, 'warning']]);
  });
});
