import { figureValue, type LayoutCell, type ReportFigures, type TableLayout } from '@yifa/domain/disclosure-report';
import type { SpanCell } from '../../platform/documents/index.ts';

/** A table of the report as the Word and Excel renderers take it (platform/documents spanTable). */
export interface SpanTableLayout {
  caption: string;
  columnWidths: number[];
  headerRowCount: number;
  rows: SpanCell[][];
}

/**
 * One of the domain's table layouts (packages/domain disclosure-report/table-layouts.ts) filled with
 * the report's figures, for Word and Excel: headings centred, row labels left, figures centred.
 * Table 2's block caption (第二十条第（X）项) is printed as the block's first row, as the format does.
 */
export function spanTable(layout: TableLayout, figures: ReportFigures): SpanTableLayout {
  const cell = (c: LayoutCell): SpanCell => {
    const spans = { ...(c.colSpan ? { colSpan: c.colSpan } : {}), ...(c.rowSpan ? { rowSpan: c.rowSpan } : {}) };
    if (c.kind === 'figure') return { text: figureValue(figures, c.ref), align: 'center', ...spans };
    return { text: c.text, align: c.role === 'row' || c.role === 'rowgroup' ? 'left' : 'center', ...spans };
  };
  const rows = layout.rows.map((row) => row.map(cell));
  if (!layout.caption) return { caption: '', columnWidths: layout.columnWidths, headerRowCount: layout.headerRowCount, rows };
  return {
    caption: '',
    columnWidths: layout.columnWidths,
    headerRowCount: layout.headerRowCount + 1,
    rows: [[{ text: layout.caption, colSpan: layout.columnWidths.length, align: 'center' }], ...rows],
  };
}
