import {
  OUTCOME_GROUPS,
  SECTION_TITLES,
  TABLE3_HEADINGS,
  TABLE2_LABELS,
  TABLE3_COLUMN_LABELS,
  TABLE3_COLUMNS,
  TABLE3_NOTE,
  TABLE3_RESULTS_LABEL,
  TABLE3_ROWS,
  TABLE4_CELLS,
  TABLE4_CELL_LABELS,
  TABLE4_HEADINGS,
  TABLE4_KINDS,
  type Table2,
  type Table3,
  type Table4,
} from '@yifa/domain';
import type { SpanCell } from '../../platform/documents/index.ts';

/**
 * The report's tables laid out exactly as the national format prints them (merged header cells,
 * group labels sharing a row with their first sub-item, no subtotal rows): one layout for the Word
 * file, the Excel file and the public page, so the three never differ.
 */
export interface SpanTableLayout {
  caption: string;
  columnWidths: number[];
  headerRowCount: number;
  rows: SpanCell[][];
}

const num = (n: number): SpanCell => ({ text: n, align: 'center' });
const label = (text: string, extra: Partial<SpanCell> = {}): SpanCell => ({ text, align: 'left', ...extra });

/** Table 2: four blocks, each with its caption row and the header cell 信息内容. */
export function table2Layouts(t: Table2): SpanTableLayout[] {
  const L = TABLE2_LABELS;
  const block = (caption: string, columns: readonly string[], rows: [string, number[]][]): SpanTableLayout => ({
    caption: '',
    columnWidths: [2, ...columns.map(() => 1.4)],
    headerRowCount: 2,
    rows: [
      [{ text: caption, colSpan: columns.length + 1, align: 'center' }],
      [{ text: L.header, align: 'center' }, ...columns.map((c) => ({ text: c, align: 'center' as const }))],
      ...rows.map(([name, values]) => [label(name), ...values.map(num)]),
    ],
  });
  const triple = (x: Table2['art20_1']['regulations']) => [x.issued, x.abolished, x.effective];
  return [
    block(L.art20_1.caption, L.art20_1.columns, [
      [L.art20_1.regulations, triple(t.art20_1.regulations)],
      [L.art20_1.normativeDocs, triple(t.art20_1.normativeDocs)],
    ]),
    block(L.art20_5.caption, L.art20_5.columns, [[L.art20_5.adminLicense, [t.art20_5.adminLicense.decisions]]]),
    block(L.art20_6.caption, L.art20_6.columns, [
      [L.art20_6.adminPenalty, [t.art20_6.adminPenalty.decisions]],
      [L.art20_6.adminCompulsion, [t.art20_6.adminCompulsion.decisions]],
    ]),
    block(L.art20_8.caption, L.art20_8.columns, [[L.art20_8.adminFee, [t.art20_8.adminFee.amountWanYuan]]]),
  ];
}

/** Table 3: three label columns (item, group, sub-item) and the seven applicant columns. */
export function table3Layout(t: Table3): SpanTableLayout {
  const values = (key: keyof Table3) => TABLE3_COLUMNS.map((c) => num(t[key][c]));
  const outcomeSpecs = TABLE3_ROWS.filter((r) => r.key !== 'newReceived' && r.key !== 'carriedOver' && r.key !== 'carriedForward');
  const rows: SpanCell[][] = [
    [
      { text: TABLE3_NOTE, colSpan: 3, rowSpan: 3, align: 'center' },
      { text: TABLE3_HEADINGS.applicant, colSpan: 7, align: 'center' },
    ],
    [
      { text: TABLE3_COLUMN_LABELS.natural, rowSpan: 2, align: 'center' },
      { text: TABLE3_HEADINGS.organisation, colSpan: 5, align: 'center' },
      { text: TABLE3_COLUMN_LABELS.total, rowSpan: 2, align: 'center' },
    ],
    (['commercial', 'research', 'publicWelfare', 'legalService', 'other'] as const).map((c) => ({
      text: TABLE3_COLUMN_LABELS[c],
      align: 'center' as const,
    })),
    [label(TABLE3_ROWS[0]!.label, { colSpan: 3 }), ...values('newReceived')],
    [label(TABLE3_ROWS[1]!.label, { colSpan: 3 }), ...values('carriedOver')],
  ];
  let previousGroup: string | null = null;
  outcomeSpecs.forEach((spec, i) => {
    const cells: SpanCell[] = [];
    if (i === 0) cells.push(label(TABLE3_RESULTS_LABEL, { rowSpan: outcomeSpecs.length }));
    if (spec.group === null) {
      cells.push(label(spec.label, { colSpan: 2 }));
    } else {
      if (spec.group !== previousGroup) {
        const size = outcomeSpecs.filter((s) => s.group === spec.group).length;
        cells.push(label(OUTCOME_GROUPS[spec.group].zh, { rowSpan: size }));
      }
      cells.push(label(spec.label));
    }
    previousGroup = spec.group;
    rows.push([...cells, ...values(spec.key)]);
  });
  rows.push([label(TABLE3_ROWS[TABLE3_ROWS.length - 1]!.label, { colSpan: 3 }), ...values('carriedForward')]);
  return { caption: '', columnWidths: [1.3, 1.6, 3.1, 1, 1, 1, 1, 1, 1, 1], headerRowCount: 3, rows };
}

/** Table 4: 行政复议 and 行政诉讼 (未经复议直接起诉 / 复议后起诉), five cells each, one row of figures. */
export function table4Layout(t: Table4): SpanTableLayout {
  const heads = TABLE4_CELLS.map((c) => ({ text: TABLE4_CELL_LABELS[c], align: 'center' as const }));
  return {
    caption: '',
    columnWidths: Array.from({ length: 15 }, () => 1),
    headerRowCount: 3,
    rows: [
      [
        { text: TABLE4_HEADINGS.review, colSpan: 5, rowSpan: 2, align: 'center' },
        { text: TABLE4_HEADINGS.litigation, colSpan: 10, align: 'center' },
      ],
      [
        { text: TABLE4_HEADINGS.litigationDirect, colSpan: 5, align: 'center' },
        { text: TABLE4_HEADINGS.litigationAfterReview, colSpan: 5, align: 'center' },
      ],
      [...heads, ...heads, ...heads],
      TABLE4_KINDS.flatMap((k) => TABLE4_CELLS.map((c) => num(t[k][c]))),
    ],
  };
}

export const SECTIONS = SECTION_TITLES;
