import { renderOfficialDocx, renderSpanWorkbook, type SpanSheetTable } from '../../../platform/documents/index.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import type { PublishedReport } from '../published-report.ts';
import { reportDocument, reportTitle } from '../report-document.ts';
import { SECTIONS, table2Layouts, table3Layout, table4Layout } from '../report-layout.ts';

export function reportFileName(r: PublishedReport, ext: 'docx' | 'xlsx'): string {
  return `${reportTitle(r).replace('\n', '')}.${ext}`;
}

/** Word, official-document layout (GB/T 9704), dated the day of publication (or today for a draft). */
export async function exportReportDocx(r: PublishedReport): Promise<Buffer> {
  return renderOfficialDocx(reportDocument(r, r.publishedOn || todayInChina()));
}

/** Excel: the three tables of the format, one sheet each, merged cells as printed. */
export async function exportReportXlsx(r: PublishedReport): Promise<Buffer> {
  const title = (s: string) => `${reportTitle(r).replace('\n', '')} — ${s}`;
  const t2: SpanSheetTable[] = table2Layouts(r.table2);
  return renderSpanWorkbook([
    { name: '主动公开', title: title(SECTIONS.table2), tables: t2 },
    { name: '依申请公开', title: title(SECTIONS.table3), tables: [table3Layout(r.table3)] },
    { name: '复议诉讼', title: title(SECTIONS.table4), tables: [table4Layout(r.table4)] },
  ]);
}
