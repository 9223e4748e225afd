import { AlignmentType, BorderStyle, LineRuleType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { paragraph, run } from './docx-runs.ts';
import { FONT_BODY, SIZE_XIAO4, TEXT_WIDTH } from './gbt9704.ts';
import type { DocBlock, SpanCell } from './official-document.ts';

type TableBlock = Extract<DocBlock, { kind: 'table' }>;
type SpanTableBlock = Extract<DocBlock, { kind: 'spanTable' }>;

/**
 * Tables are set in 仿宋 小四 (12 pt): GB/T 9704-2012 5.2.2 lets elements deviate from 3号
 * "特定情况", and statistical tables such as the 政府信息公开 annual report's do not fit in 3号.
 * Exact 18 pt lines, off the 3号 character grid.
 */
const CELL_SIZE = SIZE_XIAO4;
const CELL_LINE = 360;
const CELL_MARGIN = { top: 40, bottom: 40, left: 80, right: 80 };
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const; // 0.5 pt

/** Numbers, and strings that are only a number ("12", "3.5%", "1,024"), are centred. */
const NUMERIC_TEXT = /^[-+]?\d[\d,]*(\.\d+)?%?$/u;

export function tableColumnWidths(count: number, weights?: number[]): number[] {
  if (count < 1) throw new RangeError('a table needs at least one column');
  const w = weights ?? Array.from({ length: count }, () => 1);
  if (w.length !== count || w.some((x) => !(x > 0) || !Number.isFinite(x))) {
    throw new RangeError(`columnWidths must be ${count} positive numbers`);
  }
  const total = w.reduce((a, b) => a + b, 0);
  const widths = w.map((x) => Math.floor((x / total) * TEXT_WIDTH));
  // The last column takes the rounding remainder so the table is exactly the text width.
  widths[count - 1] = TEXT_WIDTH - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  return widths;
}

export function docxTable(block: TableBlock): Table {
  const widths = tableColumnWidths(block.columns.length, block.columnWidths);
  block.rows.forEach((row, i) => {
    if (row.length !== block.columns.length) {
      throw new RangeError(`table row ${i + 1} has ${row.length} cells, expected ${block.columns.length}`);
    }
  });
  const header = new TableRow({
    tableHeader: true, // w:tblHeader: Word and WPS repeat the row at the top of every page
    cantSplit: true,
    children: block.columns.map((text, i) => cell(text, widths[i] ?? 0, AlignmentType.CENTER, true)),
  });
  const body = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((value, i) => {
          const text = value === null ? '' : String(value);
          const centred = typeof value === 'number' || NUMERIC_TEXT.test(text.trim());
          return cell(text, widths[i] ?? 0, centred ? AlignmentType.CENTER : AlignmentType.LEFT, false);
        }),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [header, ...body],
  });
}

/**
 * Checks that the cells of every row, with the rowSpans reaching down from above, cover exactly the
 * table's columns, and returns each cell's first column (for its width).
 */
export function layoutSpanRows(rows: SpanCell[][], columns: number): number[][] {
  const coveredUntil = Array.from({ length: columns }, () => -1); // last row index a rowSpan covers
  return rows.map((row, r) => {
    const starts: number[] = [];
    let col = 0;
    const skipCovered = () => {
      while (col < columns && (coveredUntil[col] ?? -1) >= r) col += 1;
    };
    for (const c of row) {
      skipCovered();
      const span = c.colSpan ?? 1;
      if (col + span > columns) throw new RangeError(`spanTable row ${r + 1} has more cells than the ${columns} columns`);
      starts.push(col);
      for (let k = col; k < col + span; k += 1) coveredUntil[k] = r + (c.rowSpan ?? 1) - 1;
      col += span;
    }
    skipCovered();
    if (col !== columns) throw new RangeError(`spanTable row ${r + 1} covers ${col} of ${columns} columns`);
    return starts;
  });
}

export function docxSpanTable(block: SpanTableBlock): Table {
  const widths = tableColumnWidths(block.columnWidths.length, block.columnWidths);
  const starts = layoutSpanRows(block.rows, widths.length);
  const rows = block.rows.map((row, r) => {
    const header = r < block.headerRowCount;
    return new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: row.map((c, i) => {
        const start = starts[r]![i]!;
        const span = c.colSpan ?? 1;
        const width = widths.slice(start, start + span).reduce((a, b) => a + b, 0);
        const text = c.text === null ? '' : String(c.text);
        const centred = c.align ? c.align === 'center' : header || typeof c.text === 'number' || NUMERIC_TEXT.test(text.trim());
        return cell(text, width, centred ? AlignmentType.CENTER : AlignmentType.LEFT, header, {
          columnSpan: span,
          rowSpan: c.rowSpan ?? 1,
        });
      }),
    });
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows,
  });
}

function cell(
  text: string,
  width: number,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType],
  bold: boolean,
  spans: { columnSpan: number; rowSpan: number } = { columnSpan: 1, rowSpan: 1 },
): TableCell {
  return new TableCell({
    ...(spans.columnSpan > 1 ? { columnSpan: spans.columnSpan } : {}),
    ...(spans.rowSpan > 1 ? { rowSpan: spans.rowSpan } : {}),
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: CELL_MARGIN,
    children: text.split('\n').map((line) =>
      paragraph({
        offGrid: true,
        alignment,
        spacing: { line: CELL_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [run(line, { font: FONT_BODY, size: CELL_SIZE, bold })],
      }),
    ),
  });
}
