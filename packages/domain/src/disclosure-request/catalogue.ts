/**
 * The disclosure-request module's part of the permission and error catalogues (spread into platform/permissions.ts
 * and platform/errors.ts) and what the built-in roles other than the administrators get of it
 * (the township administrator, leader and county reviewer follow from the catalogue).
 */
export const DISCLOSURE_REQUEST_PERMISSIONS = {
  'disclosure-request:request:read': { zh: '查看依申请公开', en: 'View disclosure requests' },
  'disclosure-request:request:write': { zh: '办理依申请公开', en: 'Handle disclosure requests' },
  'disclosure-request:request:approve-extension': { zh: '批准延期答复', en: 'Approve reply extensions' },
  'disclosure-request:request:view-personal': { zh: '查看申请人身份证件号码、电话、地址', en: 'See applicants\u2019 personal data unmasked' },
} as const satisfies Record<string, { zh: string; en: string }>;

export const DISCLOSURE_REQUEST_ERRORS = {
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export const DISCLOSURE_REQUEST_ROLE_GRANTS: Partial<Record<'officeStaff' | 'villageCadre' | 'legalAdviser' | 'leader', (keyof typeof DISCLOSURE_REQUEST_PERMISSIONS)[]>> = {
  officeStaff: ['disclosure-request:request:read', 'disclosure-request:request:write'],
  legalAdviser: ['disclosure-request:request:read'],
  leader: ['disclosure-request:request:approve-extension', 'disclosure-request:request:view-personal'],
};
