import { type BodyInput } from '@yifa/domain';
import { disclosureReportApi as routes } from '@yifa/domain/disclosure-report';
import { call, download } from '../../api/call.ts';

export const reportKey = (year: number, townshipId?: string) => ['disclosure-report', year, townshipId] as const;

/** A caller above townships (county reviewer, system administrator) names the township: ?townshipId= on every route. */
type T = string | undefined;

/** The report's routes, called through their contracts (packages/domain disclosure-report/api.ts). */
export const reportApi = {
  get: (year: number, townshipId: T) => call(routes.get, { params: { year }, query: { townshipId } }),
  save: (year: number, townshipId: T, body: BodyInput<typeof routes.save>) =>
    call(routes.save, { params: { year }, query: { townshipId }, body }),
  publish: (year: number, townshipId: T, body: BodyInput<typeof routes.publish>) =>
    call(routes.publish, { params: { year }, query: { townshipId }, body }),
  evidence: (year: number, townshipId: T, q: { table: 'table3' | 'table4'; row: string; column: string }) =>
    call(routes.evidence, { params: { year }, query: { ...q, townshipId } }),
  download: (year: number, townshipId: T, format: 'docx' | 'xlsx') =>
    download(
      format === 'docx' ? routes.exportDocx : routes.exportXlsx,
      { params: { year }, query: { townshipId } },
      `report-${year}.${format}`,
    ),
};
