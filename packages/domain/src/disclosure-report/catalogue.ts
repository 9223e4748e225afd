/**
 * The disclosure-report module's part of the permission and error catalogues (spread into
 * platform/permissions.ts and platform/errors.ts) and its grants to built-in roles.
 */
export const DISCLOSURE_REPORT_PERMISSIONS = {
  'disclosure-report:report:read': { zh: '查看政府信息公开工作年度报告', en: 'View the OGI annual report' },
  'disclosure-report:report:write': { zh: '编写政府信息公开工作年度报告', en: 'Edit the OGI annual report' },
  'disclosure-report:report:publish': { zh: '发布政府信息公开工作年度报告', en: 'Publish the OGI annual report' },
} as const satisfies Record<string, { zh: string; en: string }>;

export const DISCLOSURE_REPORT_ERRORS = {
  'DISCLOSURE_REPORT.INCONSISTENT': {
    status: 409,
    zh: '报告数据不符合年度报告格式的勾稽关系，请先核对标红的数据及其来源记录',
    en: 'The report breaks the format\u2019s consistency rules',
  },
  'DISCLOSURE_REPORT.PUBLISHED': { status: 409, zh: '该年度报告已发布，不能再修改', en: 'The report is already published' },
  'DISCLOSURE_REPORT.NOT_PUBLISHED': { status: 409, zh: '该年度报告尚未发布', en: 'The report is not published' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export const DISCLOSURE_REPORT_ROLE_GRANTS: Partial<
  Record<'officeStaff' | 'villageCadre' | 'legalAdviser' | 'leader', (keyof typeof DISCLOSURE_REPORT_PERMISSIONS)[]>
> = {
  legalAdviser: ['disclosure-report:report:read'],
  leader: ['disclosure-report:report:publish'],
};
