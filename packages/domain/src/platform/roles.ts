import { MODULE_ROLE_GRANTS } from './catalogues.generated.ts';
import { ALL_PERMISSION_CODES, isReadPermission, type PermissionCode } from './permissions.ts';

/**
 * Data scope of a role (product.md "Who uses it"): which records its holder sees.
 * `all` is the system administrator's alone: it manages townships, not their business.
 */
export const DATA_SCOPES = {
  own: { zh: '本人记录', en: 'Own records' },
  org: { zh: '本机构', en: 'Own org' },
  orgAndBelow: { zh: '本机构及下级', en: 'Own org and below' },
  township: { zh: '全乡镇（街道）', en: 'Whole township' },
  countyRead: { zh: '全县只读', en: 'County, read-only' },
  all: { zh: '全部（系统管理员）', en: 'Everything (system administrator)' },
} as const;
export type DataScopeKind = keyof typeof DATA_SCOPES;
/** Scopes a township administrator may give a custom role. */
export const ASSIGNABLE_DATA_SCOPES: DataScopeKind[] = ['own', 'org', 'orgAndBelow', 'township'];

/** Breadth order, widest last: a user with several roles gets the widest. */
export const DATA_SCOPE_BREADTH: Record<DataScopeKind, number> = {
  own: 0,
  org: 1,
  orgAndBelow: 2,
  township: 3,
  countyRead: 4,
  all: 5,
};

const read = ALL_PERMISSION_CODES.filter(isReadPermission);
// Platform-wide settings (security policy) and the national working-day calendar belong to the system administrator alone.
export const SYSTEM_ONLY_PERMISSIONS: readonly PermissionCode[] = [
  'org:township:create',
  'platform:settings:write',
  'platform:calendar:write',
];
/** Roles above any township: only the system administrator hands them out. */
export const SYSTEM_ROLE_CODES: readonly string[] = ['systemAdmin', 'countyReviewer'];
const townshipAll = ALL_PERMISSION_CODES.filter((c) => !SYSTEM_ONLY_PERMISSIONS.includes(c));

type GrantedRole = 'officeStaff' | 'villageCadre' | 'legalAdviser' | 'leader';
/** What the business modules give a built-in role (each module's catalogue.ts, collected into catalogues.generated.ts). */
const granted = (role: GrantedRole): PermissionCode[] =>
  MODULE_ROLE_GRANTS.flatMap((g) => (g as Partial<Record<GrantedRole, PermissionCode[]>>)[role] ?? []);

export interface BuiltinRole {
  code: string;
  zh: string;
  en: string;
  dataScope: DataScopeKind;
  permissions: PermissionCode[];
}

/** The built-in roles of product.md; custom roles are assembled from the catalogue. */
export const BUILTIN_ROLES: BuiltinRole[] = [
  {
    code: 'systemAdmin',
    zh: '系统管理员',
    en: 'System administrator',
    dataScope: 'all',
    permissions: [
      'org:township:create',
      'org:org:read',
      'org:org:write',
      'org:user:read',
      'org:user:write',
      'org:role:read',
      'org:role:write',
      'org:person:read',
      'platform:calendar:read',
      'platform:calendar:write',
      'platform:audit:read',
      'platform:audit:export',
      'platform:settings:read',
      'platform:settings:write',
      'platform:dictionary:read',
      'platform:workbench:read',
    ],
  },
  { code: 'townshipAdmin', zh: '乡镇管理员', en: 'Township administrator', dataScope: 'township', permissions: townshipAll },
  {
    code: 'leader',
    zh: '领导',
    en: 'Leader',
    dataScope: 'township',
    permissions: [...read, 'org:person:view-personal', 'platform:audit:export', ...granted('leader')],
  },
  {
    code: 'officeStaff',
    zh: '站所工作人员',
    en: 'Office staff',
    dataScope: 'org',
    permissions: [
      'org:org:read',
      'org:person:read',
      'platform:calendar:read',
      'platform:file:read',
      'platform:file:write',
      'platform:dictionary:read',
      'platform:workbench:read',
      'platform:compliance:read',
      ...granted('officeStaff'),
    ],
  },
  {
    code: 'villageCadre',
    zh: '村（社区）干部',
    en: 'Village cadre',
    dataScope: 'org',
    permissions: [
      'org:org:read',
      'org:person:read',
      'platform:calendar:read',
      'platform:file:read',
      'platform:file:write',
      'platform:dictionary:read',
      'platform:workbench:read',
      'platform:compliance:read',
      ...granted('villageCadre'),
    ],
  },
  {
    code: 'legalAdviser',
    zh: '法律顾问',
    en: 'Legal adviser',
    dataScope: 'township',
    permissions: [
      'org:org:read',
      'org:person:read',
      'platform:calendar:read',
      'platform:file:read',
      'platform:dictionary:read',
      'platform:workbench:read',
      'platform:compliance:read',
      ...granted('legalAdviser'),
    ],
  },
  {
    code: 'countyReviewer',
    zh: '县级审阅人',
    en: 'County reviewer',
    dataScope: 'countyRead',
    permissions: read.filter((c) => c !== 'platform:audit:read' && c !== 'org:user:read' && c !== 'org:role:read'),
  },
];
