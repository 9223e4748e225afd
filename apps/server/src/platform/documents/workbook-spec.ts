/** The input of the Excel renderers (renderWorkbook, streamWorkbook). */

export type CellValue = string | number | Date | null;

export type WorkbookColumn = {
  header: string;
  key: string;
  /** Excel character widths; without it the width follows the header and the values. */
  width?: number;
  /** Excel number format, e.g. '0.00%', '#,##0', 'yyyy-mm-dd'. Dates default to 'yyyy-mm-dd'. */
  numFmt?: string;
};

export type WorkbookSheet<Rows = Record<string, CellValue>[]> = {
  /** Sanitised to Excel's rules (see sanitizeSheetName). */
  name: string;
  /** A bold title merged across the columns, above the header row. */
  title?: string;
  columns: WorkbookColumn[];
  rows: Rows;
  /** A note merged across the columns, below the rows (e.g. 数据来源、统计口径). */
  footnote?: string;
};

export type WorkbookSpec = { sheets: WorkbookSheet[] };

/** For streamWorkbook the rows may also be produced lazily, e.g. from a database cursor. */
export type StreamWorkbookSpec = {
  sheets: WorkbookSheet<Iterable<Record<string, CellValue>> | AsyncIterable<Record<string, CellValue>>>[];
};
