import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { fillWorksheet, worksheetOptions } from './fill-worksheet.ts';
import { sanitizeSheetNames } from './sheet-name.ts';
import type { StreamWorkbookSpec } from './workbook-spec.ts';

/**
 * Writes the same workbook as renderWorkbook to a stream (an HTTP response, a file) with exceljs's
 * streaming writer: rows are committed as they are written, so memory stays flat for large
 * sheets, and rows may come from an async iterable (a database cursor). exceljs pipes the zip into
 * `writable` and ends it; the promise resolves on its 'finish' and rejects on its 'error'.
 * Without a column width, only the header sizes a column fed by an iterable.
 */
export async function streamWorkbook(spec: StreamWorkbookSpec, writable: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: writable, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Yifa';
  const names = sanitizeSheetNames(spec.sheets.map((s) => s.name));
  for (const [i, sheet] of spec.sheets.entries()) {
    const named = { ...sheet, name: names[i] ?? sheet.name };
    const ws = workbook.addWorksheet(named.name, worksheetOptions(named));
    await fillWorksheet(ws, named);
    ws.commit();
  }
  await workbook.commit();
}
