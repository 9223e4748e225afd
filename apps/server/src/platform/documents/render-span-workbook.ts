import ExcelJS from 'exceljs';
import { layoutSpanRows } from './docx-table.ts';
import type { SpanCell } from './official-document.ts';
import { sanitizeSheetNames } from './sheet-name.ts';

export interface SpanSheetTable {
  /** A bold line above the table (e.g. 第二十条第（一）项 or 三、收到和处理…). */
  caption?: string;
  /** Relative widths, as for the Word table; scaled to Excel character widths. */
  columnWidths: number[];
  headerRowCount: number;
  rows: SpanCell[][];
}

export interface SpanSheet {
  name: string;
  title?: string;
  tables: SpanSheetTable[];
}

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Statistical tables with merged cells as an .xlsx, laid out by the same rule as the Word tables
 * (layoutSpanRows): each sheet holds its tables one under another, a blank row between them.
 */
export async function renderSpanWorkbook(sheets: SpanSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Yifa';
  const names = sanitizeSheetNames(sheets.map((s) => s.name));
  sheets.forEach((sheet, s) => {
    const ws = workbook.addWorksheet(names[s] ?? sheet.name, {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const widest = Math.max(...sheet.tables.map((t) => t.columnWidths.length));
    let r = 1;
    if (sheet.title) {
      ws.mergeCells(r, 1, r, widest);
      Object.assign(ws.getCell(r, 1), { value: sheet.title, font: { bold: true, size: 14 }, alignment: { horizontal: 'center' } });
      r += 2;
    }
    const widths = new Array<number>(widest).fill(8);
    for (const table of sheet.tables) {
      const total = table.columnWidths.reduce((a, b) => a + b, 0);
      table.columnWidths.forEach((w, i) => {
        widths[i] = Math.max(widths[i] ?? 8, Math.round((w / total) * 110));
      });
      if (table.caption) {
        ws.getCell(r, 1).value = table.caption;
        ws.getCell(r, 1).font = { bold: true };
        r += 1;
      }
      const starts = layoutSpanRows(table.rows, table.columnWidths.length);
      table.rows.forEach((row, i) => {
        row.forEach((cell, j) => {
          const col = (starts[i]?.[j] ?? 0) + 1;
          const last = { row: r + i + (cell.rowSpan ?? 1) - 1, col: col + (cell.colSpan ?? 1) - 1 };
          if (last.row > r + i || last.col > col) ws.mergeCells(r + i, col, last.row, last.col);
          const target = ws.getCell(r + i, col);
          target.value = cell.text;
          target.alignment = { vertical: 'middle', horizontal: cell.align === 'left' ? 'left' : 'center', wrapText: true };
          if (i < table.headerRowCount) target.font = { bold: true };
        });
      });
      // Borders on every cell of the table's rectangle (merged areas included).
      for (let i = 0; i < table.rows.length; i += 1) {
        for (let c = 1; c <= table.columnWidths.length; c += 1) ws.getCell(r + i, c).border = BORDER;
      }
      r += table.rows.length + 1;
    }
    widths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
