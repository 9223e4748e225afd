import { z } from 'zod';
import { defineRoute, MEDIA_TYPES, zFileDownload } from '../platform/route-contract.ts';
import {
  ZDisclosureReportView,
  ZEvidenceItem,
  ZEvidenceQuery,
  ZPublishReportRequest,
  ZReportQuery,
  ZReportYearParams,
  ZSaveReportRequest,
} from './contracts.ts';

const tag = 'disclosure-report';

/** The HTTP surface of 政府信息公开工作年度报告 (条例第四十九、五十条; 国办公开办函〔2021〕30号). */
export const disclosureReportApi = {
  get: defineRoute({
    method: 'GET',
    path: '/disclosure-reports/:year',
    access: 'disclosure-report:report:read',
    summary: '某年度政府信息公开工作年度报告（表二至表四、正文、勾稽校验）',
    tag,
    params: ZReportYearParams,
    query: ZReportQuery,
    response: ZDisclosureReportView,
  }),
  save: defineRoute({
    method: 'PUT',
    path: '/disclosure-reports/:year',
    access: 'disclosure-report:report:write',
    summary: '保存表二（手工填报）与报告正文',
    tag,
    params: ZReportYearParams,
    query: ZReportQuery,
    body: ZSaveReportRequest,
    response: ZDisclosureReportView,
  }),
  publish: defineRoute({
    method: 'POST',
    path: '/disclosure-reports/:year/publish',
    access: 'disclosure-report:report:publish',
    summary: '发布年度报告（条例第四十九条：冻结数据并在政务公开网站公布）',
    tag,
    params: ZReportYearParams,
    query: ZReportQuery,
    body: ZPublishReportRequest,
    response: ZDisclosureReportView,
  }),
  evidence: defineRoute({
    method: 'GET',
    path: '/disclosure-reports/:year/evidence',
    access: 'disclosure-report:report:read',
    summary: '某一数据对应的记录',
    tag,
    params: ZReportYearParams,
    query: ZEvidenceQuery,
    response: z.array(ZEvidenceItem),
  }),
  exportDocx: defineRoute({
    method: 'GET',
    path: '/disclosure-reports/:year/export/docx',
    access: 'disclosure-report:report:read',
    summary: '导出年度报告：Word（GB/T 9704 公文格式）',
    tag,
    params: ZReportYearParams,
    query: ZReportQuery,
    response: zFileDownload(MEDIA_TYPES.docx),
  }),
  exportXlsx: defineRoute({
    method: 'GET',
    path: '/disclosure-reports/:year/export/xlsx',
    access: 'disclosure-report:report:read',
    summary: '导出年度报告：Excel（表二至表四，合并单元格同格式）',
    tag,
    params: ZReportYearParams,
    query: ZReportQuery,
    response: zFileDownload(MEDIA_TYPES.xlsx),
  }),
};
