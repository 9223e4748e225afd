import { MODULE_PERMISSIONS } from './catalogues.generated.ts';

/**
 * The permission catalogue: every route, menu and button names one of these codes
 * (`module:resource:action`). Roles are sets of codes; the catalogue is the only source.
 */
export const PERMISSIONS = {
  'org:township:create': { zh: '建立乡镇（街道）', en: 'Create townships' },
  'org:org:read': { zh: '查看组织机构', en: 'View the org tree' },
  'org:org:write': { zh: '维护组织机构', en: 'Edit the org tree' },
  'org:person:read': { zh: '查看干部', en: 'View cadres' },
  'org:person:write': { zh: '维护干部', en: 'Edit cadres' },
  'org:person:view-personal': { zh: '查看干部个人信息（身份证号、电话）', en: 'See cadres\u2019 personal data unmasked' },
  'org:user:read': { zh: '查看用户账号', en: 'View user accounts' },
  'org:user:write': { zh: '维护用户账号', en: 'Edit user accounts' },
  'org:role:read': { zh: '查看角色', en: 'View roles' },
  'org:role:write': { zh: '维护角色', en: 'Edit roles' },
  'platform:calendar:read': { zh: '查看工作日历', en: 'View the working-day calendar' },
  'platform:calendar:write': { zh: '维护工作日历', en: 'Edit the working-day calendar' },
  'platform:audit:read': { zh: '查看审计日志', en: 'Read the audit log' },
  'platform:audit:export': { zh: '导出审计日志', en: 'Export the audit log' },
  'platform:file:read': { zh: '查看附件', en: 'View attachments' },
  'platform:file:write': { zh: '上传附件', en: 'Upload attachments' },
  'platform:dictionary:read': { zh: '查看字典', en: 'View dictionaries' },
  'platform:dictionary:write': { zh: '维护字典', en: 'Edit dictionaries' },
  'platform:settings:read': { zh: '查看系统设置', en: 'View settings' },
  'platform:settings:write': { zh: '修改系统设置', en: 'Change settings' },
  'platform:workbench:read': { zh: '我的工作台', en: 'My workbench' },
  'platform:compliance:read': { zh: '查看合规情况', en: 'View compliance' },
  'platform:compliance:configure': { zh: '配置合规规则', en: 'Configure compliance rules' },
  // Business modules keep their codes next to their contracts (<module>/catalogue.ts), collected by
  // scripts/collect-modules.mjs into catalogues.generated.ts.
  ...MODULE_PERMISSIONS,
} as const satisfies Record<string, { zh: string; en: string }>;

export type PermissionCode = keyof typeof PERMISSIONS;

export const ALL_PERMISSION_CODES = Object.keys(PERMISSIONS) as PermissionCode[];

export function isPermissionCode(value: string): value is PermissionCode {
  return Object.hasOwn(PERMISSIONS, value);
}

/** Read-only codes: the only ones a county reviewer may hold. */
export function isReadPermission(code: PermissionCode): boolean {
  return code.endsWith(':read');
}

/**
 * What a route requires. `public` and `authenticated` are explicit choices, so that a route
 * with no declaration at all is caught by the route-permission test.
 */
export type RouteAccess = 'public' | 'authenticated' | PermissionCode;
