import type { ReviewKind } from '../disclosure-request/outcomes.ts';
import type { CellRef, Violation } from './check-consistency.ts';
import {
  TABLE2_LABELS,
  TABLE3_COLUMN_LABELS,
  TABLE3_GROUP_LABELS,
  TABLE3_COLUMNS,
  TABLE3_HEADINGS,
  TABLE3_NOTE,
  TABLE3_RESULTS_LABEL,
  TABLE3_ROWS,
  TABLE4_CELL_LABELS,
  TABLE4_CELLS,
  TABLE4_HEADINGS,
  TABLE4_KINDS,
  type Table2,
  type Table3,
  type Table3Column,
  type Table3Row,
  type Table4,
  type Table4Cell,
} from './report-format.ts';

/**
 * The tables of the annual report laid out ONCE, exactly as the national format prints them
 * (国办公开办函〔2021〕30号: merged header cells, group labels sharing a row with their first
 * sub-item, no subtotal rows). Word and Excel (server report-layout.ts), the public page
 * (public-pages.ts) and the web page (report-tables.tsx) all draw these cells, so the four can
 * never differ; a renderer only decides how a label or a figure looks.
 * The rule-of-law annual report and the county roll-up follow the same pattern (docs/modules.md).
 */

/** Every figure of the report: tables 2, 3 and 4 as computed or entered. */
export interface ReportFigures {
  table2: Table2;
  table3: Table3;
  table4: Table4;
}

/** Where one figure lives in ReportFigures: table 2 by its path, tables 3 and 4 by row and column. */
export type FigureRef =
  | { table: 'table2'; path: Table2Path }
  | { table: 'table3'; row: Table3Row; column: Table3Column }
  | { table: 'table4'; row: ReviewKind; column: Table4Cell };

export type Table2Path =
  | `art20_1.${'regulations' | 'normativeDocs'}.${'issued' | 'abolished' | 'effective'}`
  | 'art20_5.adminLicense.decisions'
  | `art20_6.${'adminPenalty' | 'adminCompulsion'}.decisions`
  | 'art20_8.adminFee.amountWanYuan';

/**
 * A printed label. `role` says what it heads: a column (header rows), a row or a group of rows
 * (the label columns), or the note in table 3's corner, which heads nothing.
 */
export interface LabelCell {
  kind: 'label';
  text: string;
  role: 'column' | 'row' | 'rowgroup' | 'note';
  colSpan?: number;
  rowSpan?: number;
}

/** A figure, with the labels of its row and column (for the evidence drawer and screen readers). */
export interface FigureCell {
  kind: 'figure';
  ref: FigureRef;
  rowLabel: string;
  columnLabel: string;
  colSpan?: number;
  rowSpan?: number;
}

export type LayoutCell = LabelCell | FigureCell;

export interface TableLayout {
  /** The block's caption (table 2's 第二十条第（X）项); empty when the section heading is the caption. */
  caption: string;
  /** Relative widths of the grid's columns (Word and Excel). */
  columnWidths: number[];
  /** How many of the rows head the columns (thead). */
  headerRowCount: number;
  rows: LayoutCell[][];
}

const col = (text: string, span: Partial<Pick<LabelCell, 'colSpan' | 'rowSpan'>> = {}): LabelCell => ({
  kind: 'label',
  text,
  role: 'column',
  ...span,
});
const rowLabel = (text: string, span: Partial<Pick<LabelCell, 'colSpan' | 'rowSpan'>> = {}): LabelCell => ({
  kind: 'label',
  text,
  role: 'row',
  ...span,
});

// ── Table 2: four blocks, each headed 信息内容 and its columns ──

function table2Block(caption: string, columns: readonly string[], rows: [string, Table2Path[]][]): TableLayout {
  return {
    caption,
    columnWidths: [2, ...columns.map(() => 1.4)],
    headerRowCount: 1,
    rows: [
      [col(TABLE2_LABELS.header), ...columns.map((c) => col(c))],
      ...rows.map(([name, paths]) => [
        rowLabel(name),
        ...paths.map((path, i): FigureCell => ({
          kind: 'figure',
          ref: { table: 'table2', path },
          rowLabel: name,
          columnLabel: columns[i] ?? '',
        })),
      ]),
    ],
  };
}

const L = TABLE2_LABELS;
const triple = (r: 'regulations' | 'normativeDocs'): Table2Path[] => [
  `art20_1.${r}.issued`,
  `art20_1.${r}.abolished`,
  `art20_1.${r}.effective`,
];

export const TABLE2_LAYOUTS: readonly TableLayout[] = [
  table2Block(L.art20_1.caption, L.art20_1.columns, [
    [L.art20_1.regulations, triple('regulations')],
    [L.art20_1.normativeDocs, triple('normativeDocs')],
  ]),
  table2Block(L.art20_5.caption, L.art20_5.columns, [[L.art20_5.adminLicense, ['art20_5.adminLicense.decisions']]]),
  table2Block(L.art20_6.caption, L.art20_6.columns, [
    [L.art20_6.adminPenalty, ['art20_6.adminPenalty.decisions']],
    [L.art20_6.adminCompulsion, ['art20_6.adminCompulsion.decisions']],
  ]),
  table2Block(L.art20_8.caption, L.art20_8.columns, [[L.art20_8.adminFee, ['art20_8.adminFee.amountWanYuan']]]),
];

// ── Table 3: three label columns (item, group, sub-item) and the seven applicant columns ──

function table3Figures(row: Table3Row, label: string): FigureCell[] {
  return TABLE3_COLUMNS.map((column) => ({
    kind: 'figure',
    ref: { table: 'table3', row, column },
    rowLabel: label,
    columnLabel: TABLE3_COLUMN_LABELS[column],
  }));
}

export const TABLE3_LAYOUT: TableLayout = (() => {
  const simple = (key: Table3Row): LayoutCell[] => {
    const label = TABLE3_ROWS.find((r) => r.key === key)!.label;
    return [rowLabel(label, { colSpan: 3 }), ...table3Figures(key, label)];
  };
  const outcomeSpecs = TABLE3_ROWS.filter((r) => r.key !== 'newReceived' && r.key !== 'carriedOver' && r.key !== 'carriedForward');
  const rows: LayoutCell[][] = [
    [{ kind: 'label', text: TABLE3_NOTE, role: 'note', colSpan: 3, rowSpan: 3 }, col(TABLE3_HEADINGS.applicant, { colSpan: 7 })],
    [
      col(TABLE3_COLUMN_LABELS.natural, { rowSpan: 2 }),
      col(TABLE3_HEADINGS.organisation, { colSpan: 5 }),
      col(TABLE3_COLUMN_LABELS.total, { rowSpan: 2 }),
    ],
    (['commercial', 'research', 'publicWelfare', 'legalService', 'other'] as const).map((c) => col(TABLE3_COLUMN_LABELS[c])),
    simple('newReceived'),
    simple('carriedOver'),
  ];
  let previousGroup: string | null = null;
  outcomeSpecs.forEach((spec, i) => {
    const cells: LayoutCell[] = [];
    if (i === 0) cells.push({ kind: 'label', text: TABLE3_RESULTS_LABEL, role: 'rowgroup', rowSpan: outcomeSpecs.length });
    if (spec.group === null) {
      cells.push(rowLabel(spec.label, { colSpan: 2 }));
    } else {
      if (spec.group !== previousGroup) {
        const size = outcomeSpecs.filter((s) => s.group === spec.group).length;
        cells.push({ kind: 'label', text: TABLE3_GROUP_LABELS[spec.group].zh, role: 'rowgroup', rowSpan: size });
      }
      cells.push(rowLabel(spec.label));
    }
    previousGroup = spec.group;
    const label = spec.group ? `${TABLE3_GROUP_LABELS[spec.group].zh}${spec.label}` : spec.label;
    rows.push([...cells, ...table3Figures(spec.key, label)]);
  });
  rows.push(simple('carriedForward'));
  return { caption: '', columnWidths: [1.3, 1.6, 3.1, 1, 1, 1, 1, 1, 1, 1], headerRowCount: 3, rows };
})();

// ── Table 4: 行政复议 and 行政诉讼 (未经复议直接起诉 / 复议后起诉), five cells each, one row of figures ──

const TABLE4_KIND_LABELS: Record<ReviewKind, string> = {
  review: TABLE4_HEADINGS.review,
  litigationDirect: TABLE4_HEADINGS.litigationDirect,
  litigationAfterReview: TABLE4_HEADINGS.litigationAfterReview,
};

export const TABLE4_LAYOUT: TableLayout = {
  caption: '',
  columnWidths: Array.from({ length: 15 }, () => 1),
  headerRowCount: 3,
  rows: [
    [col(TABLE4_HEADINGS.review, { colSpan: 5, rowSpan: 2 }), col(TABLE4_HEADINGS.litigation, { colSpan: 10 })],
    [col(TABLE4_HEADINGS.litigationDirect, { colSpan: 5 }), col(TABLE4_HEADINGS.litigationAfterReview, { colSpan: 5 })],
    TABLE4_KINDS.flatMap(() => TABLE4_CELLS.map((c) => col(TABLE4_CELL_LABELS[c]))),
    TABLE4_KINDS.flatMap((k) =>
      TABLE4_CELLS.map((c): FigureCell => ({
        kind: 'figure',
        ref: { table: 'table4', row: k, column: c },
        rowLabel: TABLE4_KIND_LABELS[k],
        columnLabel: TABLE4_CELL_LABELS[c],
      })),
    ),
  ],
};

// ── Reading a layout ──

/** The figure a cell shows. */
export function figureValue(figures: ReportFigures, ref: FigureRef): number {
  if (ref.table === 'table3') return figures.table3[ref.row][ref.column];
  if (ref.table === 'table4') return figures.table4[ref.row][ref.column];
  const [block, item, field] = ref.path.split('.') as [string, string, string];
  return (figures.table2 as unknown as Record<string, Record<string, Record<string, number>>>)[block]![item]![field]!;
}

/** A copy of table 2 with one figure changed (the web's editor). */
export function withTable2Figure(table2: Table2, path: Table2Path, value: number): Table2 {
  const next = JSON.parse(JSON.stringify(table2)) as Table2;
  const [block, item, field] = path.split('.') as [string, string, string];
  (next as unknown as Record<string, Record<string, Record<string, number>>>)[block]![item]![field] = value;
  return next;
}

/** A stable key of a figure ("table3.newReceived.natural"): the cell's reference in every rendering. */
export function figureKey(ref: FigureRef): string {
  return ref.table === 'table2' ? `table2.${ref.path}` : `${ref.table}.${ref.row}.${ref.column}`;
}

/** The figures of a layout in reading order (row by row, left to right). */
export function layoutFigures(layout: TableLayout): FigureCell[] {
  return layout.rows.flat().filter((c): c is FigureCell => c.kind === 'figure');
}

/** Does a violation point at this figure? (Table 2's violations may name a whole block or row.) */
function pointsAt(cell: CellRef, ref: FigureRef): boolean {
  if (cell.table !== ref.table) return false;
  if (cell.table === 'table2' && ref.table === 'table2') return ref.path === cell.path || ref.path.startsWith(`${cell.path}.`);
  return cell.table !== 'table2' && ref.table !== 'table2' && cell.row === ref.row && cell.column === ref.column;
}

/** How the consistency check marks a figure: an error, a warning, or nothing. */
export function figureFlag(violations: readonly Violation[], ref: FigureRef): 'error' | 'warning' | null {
  const hits = violations.filter((v) => v.cells.some((c) => pointsAt(c, ref)));
  if (hits.some((v) => v.severity === 'error')) return 'error';
  return hits.length > 0 ? 'warning' : null;
}
