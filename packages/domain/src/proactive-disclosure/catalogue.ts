/**
 * The proactive-disclosure module's part of the permission and error catalogues (spread into platform/permissions.ts
 * and platform/errors.ts) and what the built-in roles other than the administrators get of it
 * (the township administrator, leader and county reviewer follow from the catalogue).
 */
export const PROACTIVE_DISCLOSURE_PERMISSIONS = {
  'proactive-disclosure:catalog:read': { zh: '查看主动公开目录', en: 'View the disclosure catalogue' },
  'proactive-disclosure:catalog:write': { zh: '维护主动公开目录', en: 'Edit the disclosure catalogue' },
  'proactive-disclosure:publication:read': { zh: '查看主动公开记录', en: 'View publications' },
  'proactive-disclosure:publication:write': { zh: '登记主动公开记录', en: 'Record publications' },
  'proactive-disclosure:board:read': { zh: '查看公开栏与村务党务公开', en: 'View notice boards and village disclosures' },
  'proactive-disclosure:board:write': { zh: '登记公开栏更新与村务党务公开', en: 'Record board updates and village disclosures' },
} as const satisfies Record<string, { zh: string; en: string }>;

export const PROACTIVE_DISCLOSURE_ERRORS = {
  'PROACTIVE_DISCLOSURE.BOARD_EXISTS': {
    status: 409,
    zh: '该村（社区）或乡镇已有公开栏',
    en: 'This village or township already has a notice board',
  },
  'PROACTIVE_DISCLOSURE.BOARD_ORG_INVALID': {
    status: 400,
    zh: '公开栏只能属于本乡镇或其村（社区）',
    en: 'A notice board belongs to the township or one of its villages',
  },
  'PROACTIVE_DISCLOSURE.NOT_A_VILLAGE': {
    status: 400,
    zh: '村务公开、党务公开只能登记在村（社区）',
    en: 'Village and party affairs disclosures belong to a village or community',
  },
  'PROACTIVE_DISCLOSURE.DISCLOSURE_EXISTS': {
    status: 409,
    zh: '该村（社区）本期已登记同类公开记录',
    en: 'This village already has this disclosure for the period',
  },
  'PROACTIVE_DISCLOSURE.PUBLISHED_BEFORE_FORMED': {
    status: 400,
    zh: '公开日期不能早于信息形成日期',
    en: 'The publication date cannot be before the information was formed',
  },
  'PROACTIVE_DISCLOSURE.CHANNEL_REQUIRED': {
    status: 400,
    zh: '已公开的信息须至少选择一个公开渠道',
    en: 'A published item needs at least one channel',
  },
  'PROACTIVE_DISCLOSURE.PUBLIC_FILE_NOT_ATTACHED': {
    status: 400,
    zh: '对外公开的文件必须是本记录的附件',
    en: "A public file must be one of the record's attachments",
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export const PROACTIVE_DISCLOSURE_ROLE_GRANTS: Partial<
  Record<'officeStaff' | 'villageCadre' | 'legalAdviser' | 'leader', (keyof typeof PROACTIVE_DISCLOSURE_PERMISSIONS)[]>
> = {
  officeStaff: [
    'proactive-disclosure:catalog:read',
    'proactive-disclosure:publication:read',
    'proactive-disclosure:publication:write',
    'proactive-disclosure:board:read',
    'proactive-disclosure:board:write',
  ],
  villageCadre: [
    'proactive-disclosure:catalog:read',
    'proactive-disclosure:publication:read',
    'proactive-disclosure:board:read',
    'proactive-disclosure:board:write',
  ],
  legalAdviser: ['proactive-disclosure:catalog:read', 'proactive-disclosure:publication:read', 'proactive-disclosure:board:read'],
};
