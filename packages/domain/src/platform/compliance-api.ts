import {
  ZComplianceQuery,
  ZComplianceReport,
  ZComplianceSettings,
  ZComplianceSettingsParams,
  ZComplianceSettingsQuery,
  ZSaveComplianceSettingsRequest,
} from './compliance-contracts.ts';
import { defineRoute } from './route-contract.ts';

const tag = 'compliance';

/** The compliance page (合规情况) and the rules' settings per township and year. */
export const complianceApi = {
  report: defineRoute({
    method: 'GET',
    path: '/compliance',
    access: 'platform:compliance:read',
    tag,
    summary: '合规情况：每条规则 × 范围内每个机构的结果及证据',
    query: ZComplianceQuery,
    response: ZComplianceReport,
  }),
  getSettings: defineRoute({
    method: 'GET',
    path: '/compliance/settings/:ruleCode/:year',
    access: 'platform:compliance:configure',
    tag,
    summary: '一条合规规则在本乡镇某年度的参数与启用状态',
    params: ZComplianceSettingsParams,
    query: ZComplianceSettingsQuery,
    response: ZComplianceSettings,
  }),
  saveSettings: defineRoute({
    method: 'PUT',
    path: '/compliance/settings/:ruleCode/:year',
    access: 'platform:compliance:configure',
    tag,
    summary: '设置一条合规规则在本乡镇某年度的参数与启用状态',
    params: ZComplianceSettingsParams,
    query: ZComplianceSettingsQuery,
    body: ZSaveComplianceSettingsRequest,
    response: ZComplianceSettings,
  }),
};
