import { ZAuditChainReport, ZAuditExportQuery, ZAuditListQuery, ZAuditPage } from './audit-contracts.ts';
import { defineRoute, MEDIA_TYPES, zFileDownload } from './route-contract.ts';

const tag = 'audit';

/** The audit log pages: list, export, chain check (docs/audit.md). */
export const auditApi = {
  list: defineRoute({
    method: 'GET',
    path: '/audit',
    access: 'platform:audit:read',
    tag,
    summary: '审计日志（按时间、操作人、操作、对象、结果、说明筛选，分页）',
    query: ZAuditListQuery,
    response: ZAuditPage,
  }),
  export: defineRoute({
    method: 'GET',
    path: '/audit/export',
    access: 'platform:audit:export',
    tag,
    summary: '导出审计日志（CSV 或 Excel，筛选条件同列表；导出本身留痕）',
    query: ZAuditExportQuery,
    // CSV by default; `format=xlsx` answers MEDIA_TYPES.xlsx (one schema per status: the summary says both).
    response: zFileDownload(MEDIA_TYPES.csv),
  }),
  verify: defineRoute({
    method: 'GET',
    path: '/audit/verify',
    access: 'platform:audit:read',
    tag,
    summary: '校验审计日志哈希链（系统管理员）',
    response: ZAuditChainReport,
  }),
};
