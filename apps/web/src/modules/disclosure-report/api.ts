import type { DisclosureReportView, EvidenceItem, NarrativeSections, Table2 } from '@yifa/domain';
import { api } from '../../api/client.ts';
import { downloadFile } from '../../api/download.ts';

export const reportKey = (year: number, townshipId?: string) => ['disclosure-report', year, townshipId] as const;

/** A caller above townships (county reviewer) names the township: ?townshipId= on every route. */
type T = string | undefined;

export const reportApi = {
  get: (year: number, townshipId: T) => api.get<DisclosureReportView>(`/disclosure-reports/${year}`, { query: { townshipId } }),
  save: (year: number, body: { version: number | null; table2: Table2; narrative: NarrativeSections }) =>
    api.put<DisclosureReportView>(`/disclosure-reports/${year}`, body),
  publish: (year: number, body: { version: number; crossYearExplanation?: string }) =>
    api.post<DisclosureReportView>(`/disclosure-reports/${year}/publish`, body),
  evidence: (year: number, townshipId: T, q: { table: string; row: string; column: string }) =>
    api.get<EvidenceItem[]>(`/disclosure-reports/${year}/evidence`, { query: { ...q, townshipId } }),
  download: (year: number, townshipId: T, format: 'docx' | 'xlsx') =>
    downloadFile(`/disclosure-reports/${year}/export/${format}`, { townshipId }, `report-${year}.${format}`),
};
