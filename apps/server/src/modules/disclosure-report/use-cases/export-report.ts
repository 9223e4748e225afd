import { MEDIA_TYPES, type QueryOf } from '@yifa/domain';
import { type disclosureReportApi } from '@yifa/domain/disclosure-report';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import { renderOfficialDocx, renderSpanWorkbook } from '../../../platform/documents/index.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import type { Download } from '../../../platform/http/send-download.ts';
import { authorize, resolveTownship } from '../../../platform/policy/index.ts';
import { computeReport, stateOf } from '../compute-report.ts';
import { reportPolicy } from '../policy.ts';
import { reportDocument, reportFileTitle, reportWorkbook } from '../report-document.ts';

/**
 * The year's report as a file: Word in official-document layout (GB/T 9704), dated the day of
 * publication (today for a draft), or Excel with tables 2–4 merged as printed. Both are drawn from
 * the domain's table layouts, like the public page and the web.
 */
export async function exportReport(
  ctx: AppContext,
  auth: AuthContext,
  year: number,
  query: QueryOf<typeof disclosureReportApi.exportDocx>,
  format: 'docx' | 'xlsx',
): Promise<Download> {
  const townshipId = await resolveTownship(ctx.db, auth, query.townshipId, 'read');
  const { report, row } = await computeReport(ctx.db, townshipId, year);
  authorize(reportPolicy, auth, { townshipId, status: stateOf(row) }, 'export');
  const fileName = `${reportFileTitle(report)}.${format}`;
  return format === 'docx'
    ? {
        body: await renderOfficialDocx(reportDocument(report, report.publishedOn || todayInChina())),
        fileName,
        mediaType: MEDIA_TYPES.docx,
      }
    : { body: await renderSpanWorkbook(reportWorkbook(report)), fileName, mediaType: MEDIA_TYPES.xlsx };
}
