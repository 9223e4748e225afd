import { APPLICANT_KIND_CODES, OUTCOME_CODES } from '../disclosure-request/outcomes.ts';
import { TABLE3_COLUMNS, TABLE3_ROWS, TABLE4_KINDS, type Table2, type Table3, type Table3Column, type Table4 } from './report-format.ts';

/** A cell of the report, for pointing at the figures a violation is about. */
export type CellRef =
  | { table: 'table2'; path: string }
  | { table: 'table3'; row: string; column: Table3Column }
  | { table: 'table4'; row: string; column: string };

export interface Violation {
  /** The rule's number in ogi-annual-report-format.md §6. */
  rule: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  /** Errors block publication; a warning (rule 8, or what staff acknowledged) is shown only. */
  severity: 'error' | 'warning';
  messageZh: string;
  cells: CellRef[];
}

export interface ReportUnderCheck {
  year: number;
  table2: Table2;
  table3: Table3;
  table4: Table4;
  /** Section 一、总体情况 as staff left it; its figures must agree with table 3 and 4 (rule 6). */
  overview: string;
  /** Last year's 结转下年度继续办理 row, from its published report (or computed when none was published). */
  previousCarriedForward: { source: 'published' | 'computed'; values: Record<Table3Column, number> } | null;
}

const ZH_COLUMN: Record<Table3Column, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  publicWelfare: '社会公益组织',
  legalService: '法律服务机构',
  other: '其他',
  total: '总计',
};
const rowLabel = (key: string) => TABLE3_ROWS.find((r) => r.key === key)?.label ?? key;
const c3 = (row: string, column: Table3Column): CellRef => ({ table: 'table3', row, column });

/**
 * The consistency rules of the national format (ogi-annual-report-format.md §6). Every violation
 * names the cells it is about; nothing is corrected here — the figures come from the records, and a
 * violation means a record or a hand-entered figure is wrong, which staff must see and fix.
 */
export function checkConsistency(report: ReportUnderCheck): Violation[] {
  const out: Violation[] = [];
  const { table3: t3, table4: t4 } = report;

  for (const col of TABLE3_COLUMNS) {
    // Rule 1, printed in the table: 第一项加第二项之和，等于第三项加第四项之和.
    const left = t3.newReceived[col] + t3.carriedOver[col];
    const right = t3.resultTotal[col] + t3.carriedForward[col];
    if (left !== right) {
      out.push({
        rule: 1,
        severity: 'error',
        messageZh: `“${ZH_COLUMN[col]}”列：本年新收 ${t3.newReceived[col]} + 上年结转 ${t3.carriedOver[col]} = ${left}，不等于办理结果总计 ${t3.resultTotal[col]} + 结转下年度 ${t3.carriedForward[col]} = ${right}`,
        cells: [c3('newReceived', col), c3('carriedOver', col), c3('resultTotal', col), c3('carriedForward', col)],
      });
    }
    // Rule 3: （七）总计 is the sum of the 21 outcome rows.
    const outcomes = OUTCOME_CODES.reduce((s, o) => s + t3[o][col], 0);
    if (outcomes !== t3.resultTotal[col]) {
      out.push({
        rule: 3,
        severity: 'error',
        messageZh: `“${ZH_COLUMN[col]}”列：各项办理结果之和 ${outcomes} 不等于（七）总计 ${t3.resultTotal[col]}`,
        cells: [c3('resultTotal', col)],
      });
    }
  }

  // Rule 2: every row's 总计 is the sum of the six applicant columns.
  for (const { key } of TABLE3_ROWS) {
    const sum = APPLICANT_KIND_CODES.reduce((s, k) => s + t3[key][k], 0);
    if (sum !== t3[key].total) {
      out.push({
        rule: 2,
        severity: 'error',
        messageZh: `“${rowLabel(key)}”行：各类申请人之和 ${sum} 不等于总计 ${t3[key].total}`,
        cells: [c3(key, 'total')],
      });
    }
  }

  // Rule 4: each block of table 4 totals its four results.
  for (const kind of TABLE4_KINDS) {
    const b = t4[kind];
    const sum = b.maintained + b.corrected + b.other + b.pending;
    if (sum !== b.total) {
      out.push({
        rule: 4,
        severity: 'error',
        messageZh: `表四“${kind === 'review' ? '行政复议' : kind === 'litigationDirect' ? '未经复议直接起诉' : '复议后起诉'}”：维持、纠正、其他、尚未审结之和 ${sum} 不等于总计 ${b.total}`,
        cells: [{ table: 'table4', row: kind, column: 'total' }],
      });
    }
  }

  // Rule 5: this year's 上年结转 equals last year's 结转下年度 for the same body.
  if (report.previousCarriedForward) {
    const { source, values } = report.previousCarriedForward;
    for (const col of TABLE3_COLUMNS) {
      if (values[col] !== t3.carriedOver[col]) {
        out.push({
          rule: 5,
          severity: 'error',
          messageZh: `“${ZH_COLUMN[col]}”列：上年结转 ${t3.carriedOver[col]} 件，但${report.year - 1}年度报告${source === 'published' ? '（已公布）' : ''}结转下年度为 ${values[col]} 件`,
          cells: [c3('carriedOver', col)],
        });
      }
    }
  }

  out.push(...checkNarrative(report));
  out.push(...checkNumbers(report));

  // Rule 8 (soft): townships and sub-districts have no rule-making power, so 规章 should be 0.
  const reg = report.table2.art20_1.regulations;
  if (reg.issued + reg.abolished + reg.effective > 0) {
    out.push({
      rule: 8,
      severity: 'warning',
      messageZh: '乡镇（街道）没有规章制定权，“规章”一行通常应为 0，请核实',
      cells: [{ table: 'table2', path: 'art20_1.regulations' }],
    });
  }
  return out;
}

/** Rule 6: the figures the overview states must agree with tables 3 and 4. */
function checkNarrative(report: ReportUnderCheck): Violation[] {
  const out: Violation[] = [];
  const text = report.overview.replace(/\s+/g, '');
  const t3 = report.table3;
  const stated = (pattern: RegExp) => {
    const m = text.match(pattern);
    return m ? Number(m[1]) : null;
  };
  const checks: { pattern: RegExp; actual: number; what: string; row: string }[] = [
    { pattern: /(?:新收|收到)[^，。；]*?申请(\d+)件/, actual: t3.newReceived.total, what: '本年新收申请', row: 'newReceived' },
    { pattern: /上年结转[^，。；]*?(\d+)件/, actual: t3.carriedOver.total, what: '上年结转申请', row: 'carriedOver' },
    { pattern: /办结[^，。；]*?(\d+)件/, actual: t3.resultTotal.total, what: '办结申请', row: 'resultTotal' },
    {
      pattern: /结转(?:下年度|下一年度|至下年)[^，。；]*?(\d+)件/,
      actual: t3.carriedForward.total,
      what: '结转下年度申请',
      row: 'carriedForward',
    },
  ];
  for (const c of checks) {
    const n = stated(c.pattern);
    if (n !== null && n !== c.actual) {
      out.push({
        rule: 6,
        severity: 'error',
        messageZh: `总体情况写明${c.what} ${n} 件，表三为 ${c.actual} 件`,
        cells: [c3(c.row, 'total')],
      });
    }
  }
  const t4Total = TABLE4_KINDS.reduce((s, k) => s + report.table4[k].total, 0);
  if (t4Total > 0 && /(?:未发生|没有发生|无)[^。；]*?(?:行政复议|行政诉讼)/.test(text)) {
    out.push({
      rule: 6,
      severity: 'error',
      messageZh: `总体情况称未发生行政复议或行政诉讼，但表四共有 ${t4Total} 件`,
      cells: TABLE4_KINDS.map((k) => ({ table: 'table4' as const, row: k, column: 'total' })),
    });
  }
  return out;
}

/** Rule 7: whole, non-negative numbers; only 行政事业性收费 (万元) may be a decimal. */
function checkNumbers(report: ReportUnderCheck): Violation[] {
  const out: Violation[] = [];
  const t2 = report.table2;
  const counts: [string, number][] = [
    ...(['regulations', 'normativeDocs'] as const).flatMap((r) =>
      (['issued', 'abolished', 'effective'] as const).map((c): [string, number] => [`art20_1.${r}.${c}`, t2.art20_1[r][c]]),
    ),
    ['art20_5.adminLicense.decisions', t2.art20_5.adminLicense.decisions],
    ['art20_6.adminPenalty.decisions', t2.art20_6.adminPenalty.decisions],
    ['art20_6.adminCompulsion.decisions', t2.art20_6.adminCompulsion.decisions],
  ];
  for (const [path, value] of counts) {
    if (!Number.isInteger(value) || value < 0)
      out.push({ rule: 7, severity: 'error', messageZh: `表二 ${path} 应为非负整数，现为 ${value}`, cells: [{ table: 'table2', path }] });
  }
  const fee = t2.art20_8.adminFee.amountWanYuan;
  if (!Number.isFinite(fee) || fee < 0)
    out.push({
      rule: 7,
      severity: 'error',
      messageZh: `行政事业性收费金额应为非负数，现为 ${fee}`,
      cells: [{ table: 'table2', path: 'art20_8.adminFee.amountWanYuan' }],
    });
  for (const { key } of TABLE3_ROWS) {
    for (const col of TABLE3_COLUMNS) {
      const v = report.table3[key][col];
      if (!Number.isInteger(v) || v < 0)
        out.push({
          rule: 7,
          severity: 'error',
          messageZh: `表三“${rowLabel(key)}”/“${ZH_COLUMN[col]}”应为非负整数，现为 ${v}`,
          cells: [c3(key, col)],
        });
    }
  }
  return out;
}
