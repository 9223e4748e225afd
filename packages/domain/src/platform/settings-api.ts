import { defineRoute } from './route-contract.ts';
import { ZSettings } from './settings.ts';
import { ZUpdateSettingsRequest } from './settings-contracts.ts';

const tag = 'settings';

/** Installation settings: security policy and attachment limit. */
export const settingsApi = {
  get: defineRoute({
    method: 'GET',
    path: '/settings',
    access: 'platform:settings:read',
    tag,
    summary: '系统设置（安全策略、附件大小上限）',
    response: ZSettings,
  }),
  update: defineRoute({
    method: 'PUT',
    path: '/settings',
    access: 'platform:settings:write',
    tag,
    summary: '修改系统设置（仅系统管理员；每组设置整体提交）',
    body: ZUpdateSettingsRequest,
    response: ZSettings,
  }),
};
