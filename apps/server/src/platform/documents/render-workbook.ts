import ExcelJS from 'exceljs';
import { fillWorksheet, worksheetOptions } from './fill-worksheet.ts';
import { sanitizeSheetNames } from './sheet-name.ts';
import type { WorkbookSpec } from './workbook-spec.ts';

/** Renders a styled .xlsx in memory. For large sheets use streamWorkbook. */
export async function renderWorkbook(spec: WorkbookSpec): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Yifa';
  const names = sanitizeSheetNames(spec.sheets.map((s) => s.name));
  for (const [i, sheet] of spec.sheets.entries()) {
    const named = { ...sheet, name: names[i] ?? sheet.name };
    await fillWorksheet(workbook.addWorksheet(named.name, worksheetOptions(named)), named);
  }
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}
