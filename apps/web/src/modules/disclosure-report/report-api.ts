import type { DisclosureReportView, EvidenceItem, NarrativeSections, Table2 } from '@yifa/domain';
import { api } from '../../api/client.ts';
import { downloadFile } from '../../api/download.ts';

export const reportKey = (year: number) => ['disclosure-report', year] as const;

export const reportApi = {
  get: (year: number) => api.get<DisclosureReportView>(`/disclosure-reports/${year}`),
  save: (year: number, body: { version: number | null; table2: Table2; narrative: NarrativeSections }) => api.put<DisclosureReportView>(`/disclosure-reports/${year}`, body),
  publish: (year: number, body: { version: number; crossYearExplanation?: string }) => api.post<DisclosureReportView>(`/disclosure-reports/${year}/publish`, body),
  evidence: (year: number, q: { table: string; row: string; column: string }) => api.get<EvidenceItem[]>(`/disclosure-reports/${year}/evidence`, { query: q }),
  download: (year: number, format: 'docx' | 'xlsx') => downloadFile(`/disclosure-reports/${year}/export/${format}`, {}, `report-${year}.${format}`),
};
