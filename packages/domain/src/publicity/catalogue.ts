/**
 * The publicity module's part of the permission and error catalogues (spread into platform/permissions.ts
 * and platform/errors.ts) and what the built-in roles other than the administrators get of it
 * (the township administrator, leader and county reviewer follow from the catalogue).
 */
export const PUBLICITY_PERMISSIONS = {
  'publicity:duty:read': { zh: '查看普法责任清单', en: 'View publicity duty lists' },
  'publicity:duty:write': { zh: '维护普法责任清单', en: 'Edit publicity duty lists' },
  'publicity:campaign:read': { zh: '查看普法主题活动', en: 'View campaigns' },
  'publicity:campaign:write': { zh: '维护普法主题活动', en: 'Edit campaigns' },
  'publicity:activity:read': { zh: '查看普法活动与台账', en: 'View publicity activities and the ledger' },
  'publicity:activity:write': { zh: '登记普法活动', en: 'Record publicity activities' },
} as const satisfies Record<string, { zh: string; en: string }>;

export const PUBLICITY_ERRORS = {
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export const PUBLICITY_ROLE_GRANTS: Partial<Record<'officeStaff' | 'villageCadre' | 'legalAdviser' | 'leader', (keyof typeof PUBLICITY_PERMISSIONS)[]>> = {
  officeStaff: ['publicity:duty:read', 'publicity:duty:write', 'publicity:campaign:read', 'publicity:activity:read', 'publicity:activity:write'],
  villageCadre: ['publicity:duty:read', 'publicity:campaign:read', 'publicity:activity:read', 'publicity:activity:write'],
  legalAdviser: ['publicity:duty:read', 'publicity:campaign:read', 'publicity:activity:read', 'publicity:activity:write'],
};
