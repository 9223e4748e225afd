import {
  APPLICANT_KINDS,
  OUTCOMES,
  OUTCOME_CODES,
  OUTCOME_GROUPS,
  REVIEW_KINDS,
  REVIEW_RESULTS,
  type ApplicantKind,
  type OutcomeCode,
  type OutcomeGroup,
  type ReviewKind,
  type ReviewResult,
} from '../disclosure-request/outcomes.ts';

/**
 * The national format of the annual report (国办公开办函〔2021〕30号; ../shared/ogi-annual-report-
 * format.md): its sections, the labels and keys of tables 2, 3 and 4. The Word and Excel files and
 * the web page are drawn from these, so the three agree with the format and with each other.
 */

export const SECTION_TITLES = {
  overview: '一、总体情况',
  table2: '二、主动公开政府信息情况',
  table3: '三、收到和处理政府信息公开申请情况',
  table4: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const;

// ── Table 2 (主动公开政府信息情况): four blocks, figures of 条例第二十条第（一）（五）（六）（八）项 ──

export interface Table2 {
  art20_1: { regulations: CountTriple; normativeDocs: CountTriple };
  art20_5: { adminLicense: { decisions: number } };
  art20_6: { adminPenalty: { decisions: number }; adminCompulsion: { decisions: number } };
  /** 行政事业性收费, in 万元: the only figure of the report that may be a decimal. */
  art20_8: { adminFee: { amountWanYuan: number } };
}
export interface CountTriple {
  issued: number;
  abolished: number;
  effective: number;
}

export const EMPTY_TABLE2: Table2 = {
  art20_1: { regulations: { issued: 0, abolished: 0, effective: 0 }, normativeDocs: { issued: 0, abolished: 0, effective: 0 } },
  art20_5: { adminLicense: { decisions: 0 } },
  art20_6: { adminPenalty: { decisions: 0 }, adminCompulsion: { decisions: 0 } },
  art20_8: { adminFee: { amountWanYuan: 0 } },
};

export const TABLE2_LABELS = {
  header: '信息内容',
  art20_1: {
    caption: '第二十条第（一）项',
    columns: ['本年制发件数', '本年废止件数', '现行有效件数'],
    regulations: '规章',
    normativeDocs: '行政规范性文件',
  },
  art20_5: { caption: '第二十条第（五）项', columns: ['本年处理决定数量'], adminLicense: '行政许可' },
  art20_6: { caption: '第二十条第（六）项', columns: ['本年处理决定数量'], adminPenalty: '行政处罚', adminCompulsion: '行政强制' },
  art20_8: { caption: '第二十条第（八）项', columns: ['本年收费金额（单位：万元）'], adminFee: '行政事业性收费' },
} as const;

// ── Table 3 (收到和处理政府信息公开申请情况): 25 rows × 7 columns ──

export const TABLE3_COLUMNS = [...(Object.keys(APPLICANT_KINDS) as ApplicantKind[]), 'total'] as const;
export type Table3Column = (typeof TABLE3_COLUMNS)[number];
export const TABLE3_COLUMN_LABELS: Record<Table3Column, string> = {
  ...(Object.fromEntries(Object.entries(APPLICANT_KINDS).map(([k, v]) => [k, v.zh])) as Record<ApplicantKind, string>),
  total: '总计',
};

export type Table3Row = 'newReceived' | 'carriedOver' | OutcomeCode | 'resultTotal' | 'carriedForward';
export interface Table3RowSpec {
  key: Table3Row;
  label: string;
  /** The 三、本年度办理结果 group label ((三)…(六)) the row sits under, if any. */
  group: OutcomeGroup | null;
}

/** Rows in the format's order; in （三）–（六） the label is the sub-item ("1.属于国家秘密"). */
export const TABLE3_ROWS: Table3RowSpec[] = (() => {
  const counters: Partial<Record<OutcomeGroup, number>> = {};
  const outcomeRows = OUTCOME_CODES.map((code): Table3RowSpec => {
    const { group, zh } = OUTCOMES[code];
    if (group === 'granted' || group === 'partial') return { key: code, label: OUTCOME_GROUPS[group].zh, group: null };
    counters[group] = (counters[group] ?? 0) + 1;
    return { key: code, label: `${counters[group]}.${zh}`, group };
  });
  return [
    { key: 'newReceived', label: '一、本年新收政府信息公开申请数量', group: null },
    { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', group: null },
    ...outcomeRows,
    { key: 'resultTotal', label: '（七）总计', group: null },
    { key: 'carriedForward', label: '四、结转下年度继续办理', group: null },
  ];
})();
export const TABLE3_RESULTS_LABEL = '三、本年度办理结果';
export const TABLE3_HEADINGS = { applicant: '申请人情况', organisation: '法人或其他组织' } as const;
export const TABLE3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const TABLE3_GROUP_LABELS = OUTCOME_GROUPS;

export type Table3 = Record<Table3Row, Record<Table3Column, number>>;

// ── Table 4 (行政复议、行政诉讼情况): three blocks of five ──

export const TABLE4_CELLS = [...(Object.keys(REVIEW_RESULTS) as ReviewResult[]), 'total'] as const;
export type Table4Cell = (typeof TABLE4_CELLS)[number];
export const TABLE4_CELL_LABELS: Record<Table4Cell, string> = {
  ...(Object.fromEntries(Object.entries(REVIEW_RESULTS).map(([k, v]) => [k, v.zh])) as Record<ReviewResult, string>),
  total: '总计',
};
export const TABLE4_KINDS = Object.keys(REVIEW_KINDS) as ReviewKind[];
export const TABLE4_HEADINGS = {
  review: '行政复议',
  litigation: '行政诉讼',
  litigationDirect: '未经复议直接起诉',
  litigationAfterReview: '复议后起诉',
} as const;
export type Table4 = Record<ReviewKind, Record<Table4Cell, number>>;

export function emptyTable3(): Table3 {
  return Object.fromEntries(TABLE3_ROWS.map((r) => [r.key, Object.fromEntries(TABLE3_COLUMNS.map((c) => [c, 0]))])) as Table3;
}
export function emptyTable4(): Table4 {
  return Object.fromEntries(TABLE4_KINDS.map((k) => [k, Object.fromEntries(TABLE4_CELLS.map((c) => [c, 0]))])) as Table4;
}
