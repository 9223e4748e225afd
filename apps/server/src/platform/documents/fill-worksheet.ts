import type { AddWorksheetOptions, Alignment, Borders, Fill, Font, PaperSize, Style, Worksheet } from 'exceljs';
import type { CellValue, WorkbookColumn, WorkbookSheet } from './workbook-spec.ts';
import { xmlSafe } from './xml-text.ts';

type RowSource = Iterable<Record<string, CellValue>> | AsyncIterable<Record<string, CellValue>>;

const FONT_NAME = '宋体';
const THIN = { style: 'thin', color: { argb: 'FF000000' } } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const HEADER_STYLE: Partial<Style> = {
  font: { name: FONT_NAME, size: 11, bold: true } satisfies Partial<Font>,
  fill: HEADER_FILL,
  border: BORDER,
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } satisfies Partial<Alignment>,
};
const TITLE_STYLE: Partial<Style> = {
  font: { name: FONT_NAME, size: 16, bold: true },
  alignment: { horizontal: 'center', vertical: 'middle' },
};
const FOOTNOTE_STYLE: Partial<Style> = {
  font: { name: FONT_NAME, size: 10 },
  alignment: { horizontal: 'left', vertical: 'top', wrapText: true },
};
const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';
const MIN_WIDTH = 8;
const MAX_WIDTH = 50;
/** Rows looked at to size a column without a width. */
const WIDTH_SAMPLE = 1000;
/** China has kept UTC+8 without daylight saving since 1991. */
const BEIJING_OFFSET_MS = 8 * 3600 * 1000;

export function headerRowNumber(sheet: Pick<WorkbookSheet<unknown>, 'title'>): number {
  return sheet.title ? 2 : 1;
}

/**
 * Worksheet options that must be known before the first row is written (the streaming writer
 * writes the sheet view first): frozen header, A4 printing one page wide with the header rows
 * repeated, page numbers in the footer.
 */
export function worksheetOptions(sheet: WorkbookSheet<unknown>): Partial<AddWorksheetOptions> {
  const header = headerRowNumber(sheet);
  return {
    views: [{ state: 'frozen', xSplit: 0, ySplit: header, topLeftCell: `A${header + 1}`, activeCell: `A${header + 1}` }],
    pageSetup: {
      paperSize: 9 as PaperSize, // A4
      orientation: sheet.columns.length > 6 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `1:${header}`,
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  };
}

/** Writes title, header, rows, auto-filter and footnote; commits each row (a no-op off the stream). */
export async function fillWorksheet(ws: Worksheet, sheet: WorkbookSheet<RowSource>): Promise<void> {
  const count = sheet.columns.length;
  if (count === 0) throw new RangeError(`sheet "${sheet.name}" has no columns`);
  const widths = columnWidths(sheet.columns, Array.isArray(sheet.rows) ? (sheet.rows as Record<string, CellValue>[]) : []);
  ws.columns = sheet.columns.map((c, i) => ({ key: c.key, width: widths[i] ?? MIN_WIDTH }));

  if (sheet.title) {
    const row = ws.addRow([xmlSafe(sheet.title)]);
    ws.mergeCells(row.number, 1, row.number, count);
    row.getCell(1).style = TITLE_STYLE;
    row.height = 30;
    row.commit();
  }

  const header = ws.addRow(sheet.columns.map((c) => xmlSafe(c.header)));
  for (let i = 1; i <= count; i++) header.getCell(i).style = HEADER_STYLE;
  header.commit();

  // One style object per column and kind of value: exceljs keeps a reference, and equal styles
  // are written once.
  const styles = sheet.columns.map((c) => ({
    value: dataStyle(c.numFmt),
    date: dataStyle(c.numFmt ?? DEFAULT_DATE_FORMAT),
    text: dataStyle(c.numFmt, 'left'),
  }));
  let last = header.number;
  for await (const record of sheet.rows) {
    const row = ws.addRow(sheet.columns.map((c) => excelValue(record[c.key] ?? null, sheet.name, c.key)));
    for (let i = 0; i < count; i++) {
      const value = record[sheet.columns[i]?.key ?? ''] ?? null;
      const s = styles[i];
      if (s === undefined) continue;
      row.getCell(i + 1).style = value instanceof Date ? s.date : typeof value === 'string' ? s.text : s.value;
    }
    row.commit();
    last = row.number;
  }

  ws.autoFilter = { from: { row: header.number, column: 1 }, to: { row: last, column: count } };

  if (sheet.footnote) {
    const row = ws.addRow([xmlSafe(sheet.footnote)]);
    ws.mergeCells(row.number, 1, row.number, count);
    row.getCell(1).style = FOOTNOTE_STYLE;
    // Excel does not grow merged cells to fit wrapped text: estimate the number of lines.
    const totalWidth = widths.reduce((a, b) => a + b, 0);
    const lines = sheet.footnote.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / totalWidth)), 0);
    row.height = 15 * lines;
    row.commit();
  }
}

function dataStyle(numFmt: string | undefined, horizontal?: 'left'): Partial<Style> {
  return {
    font: { name: FONT_NAME, size: 11 },
    border: BORDER,
    alignment: { vertical: 'middle', wrapText: true, ...(horizontal ? { horizontal } : {}) },
    ...(numFmt ? { numFmt } : {}),
  };
}

function excelValue(value: CellValue, sheet: string, key: string): string | number | Date | null {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    // Excel cannot store NaN or Infinity; an empty cell would hide a broken computation.
    throw new RangeError(`sheet "${sheet}", column "${key}": ${value} is not a number Excel can store`);
  }
  // Excel dates carry no time zone and exceljs writes the UTC wall clock: shift to Beijing time
  // so that a timestamp shows the date and time the township saw.
  if (value instanceof Date) return new Date(value.getTime() + BEIJING_OFFSET_MS);
  return typeof value === 'string' ? xmlSafe(value) : value;
}

/** Width in Excel character units: Chinese (full-width) characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

function columnWidths(columns: WorkbookColumn[], rows: Record<string, CellValue>[]): number[] {
  return columns.map((c) => {
    if (c.width !== undefined) return c.width;
    let widest = displayWidth(c.header);
    for (const row of rows.slice(0, WIDTH_SAMPLE)) {
      const v = row[c.key];
      const text = v === null || v === undefined ? '' : v instanceof Date ? '0000-00-00' : String(v);
      widest = Math.max(widest, ...text.split('\n').map(displayWidth));
    }
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
}
