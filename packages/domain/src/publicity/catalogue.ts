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
  'PUBLICITY.INVALID_ORG': {
    status: 400,
    zh: '所选机构不属于本乡镇（街道）或无权为其登记',
    en: 'The org is not in this township or outside your scope',
  },
  'PUBLICITY.INVALID_VILLAGE': { status: 400, zh: '所选村（社区）不属于本乡镇（街道）', en: 'The village is not in this township' },
  'PUBLICITY.INVALID_CAMPAIGN': { status: 400, zh: '所选主题活动不存在或不属于本乡镇（街道）', en: 'No such campaign in this township' },
  'PUBLICITY.INVALID_DUTY_ITEM': {
    status: 400,
    zh: '所选责任清单事项不存在或不属于组织单位',
    en: 'No such duty list item for the organiser',
  },
  'PUBLICITY.DATE_OUTSIDE_YEAR': { status: 400, zh: '日期不在该年度内', en: 'The date is outside the year' },
  'PUBLICITY.IN_USE': { status: 409, zh: '已有普法活动关联此记录，不能删除', en: 'Activities refer to this record; it cannot be deleted' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export const PUBLICITY_ROLE_GRANTS: Partial<
  Record<'officeStaff' | 'villageCadre' | 'legalAdviser' | 'leader', (keyof typeof PUBLICITY_PERMISSIONS)[]>
> = {
  officeStaff: [
    'publicity:duty:read',
    'publicity:duty:write',
    'publicity:campaign:read',
    'publicity:activity:read',
    'publicity:activity:write',
  ],
  villageCadre: ['publicity:duty:read', 'publicity:campaign:read', 'publicity:activity:read', 'publicity:activity:write'],
  legalAdviser: ['publicity:duty:read', 'publicity:campaign:read', 'publicity:activity:read', 'publicity:activity:write'],
};
