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
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export const PROACTIVE_DISCLOSURE_ROLE_GRANTS: Partial<Record<'officeStaff' | 'villageCadre' | 'legalAdviser' | 'leader', (keyof typeof PROACTIVE_DISCLOSURE_PERMISSIONS)[]>> = {
  officeStaff: ['proactive-disclosure:catalog:read', 'proactive-disclosure:publication:read', 'proactive-disclosure:publication:write', 'proactive-disclosure:board:read', 'proactive-disclosure:board:write'],
  villageCadre: ['proactive-disclosure:catalog:read', 'proactive-disclosure:publication:read', 'proactive-disclosure:board:read', 'proactive-disclosure:board:write'],
  legalAdviser: ['proactive-disclosure:catalog:read', 'proactive-disclosure:publication:read', 'proactive-disclosure:board:read'],
};
