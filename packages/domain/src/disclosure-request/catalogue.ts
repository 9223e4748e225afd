/**
 * The disclosure-request module's part of the permission and error catalogues (spread into platform/permissions.ts
 * and platform/errors.ts) and what the built-in roles other than the administrators get of it
 * (the township administrator, leader and county reviewer follow from the catalogue).
 */
export const DISCLOSURE_REQUEST_PERMISSIONS = {
  'disclosure-request:request:read': { zh: '查看依申请公开', en: 'View disclosure requests' },
  'disclosure-request:request:write': { zh: '办理依申请公开', en: 'Handle disclosure requests' },
  'disclosure-request:request:approve-extension': { zh: '批准延期答复', en: 'Approve reply extensions' },
  'disclosure-request:request:view-personal': {
    zh: '查看申请人身份证件号码、电话、地址、电子邮箱',
    en: 'See applicants\u2019 personal data unmasked',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export const DISCLOSURE_REQUEST_ERRORS = {
  'DISCLOSURE_REQUEST.WRONG_STATE': {
    status: 409,
    zh: '申请当前所处环节不能进行此操作',
    en: 'Not possible at the request\u2019s current step',
  },
  'DISCLOSURE_REQUEST.ALREADY_EXTENDED': {
    status: 409,
    zh: '答复期限只能延长一次（条例第三十三条第二款）',
    en: 'The reply period can be extended only once',
  },
  'DISCLOSURE_REQUEST.NO_EXTENSION_REQUESTED': { status: 409, zh: '尚无待批准的延期申请', en: 'No extension awaits approval' },
  'DISCLOSURE_REQUEST.REPLY_INCOMPLETE': {
    status: 400,
    zh: '答复内容不完整：请按答复结果填写理由、获取途径或负责机关',
    en: 'The reply lacks the contents its outcome requires',
  },
  'DISCLOSURE_REQUEST.DATE_BEFORE_RECEIPT': {
    status: 400,
    zh: '日期不能早于收到申请之日',
    en: 'The date is before the receipt of the request',
  },
  'DISCLOSURE_REQUEST.DATE_OUT_OF_ORDER': {
    status: 400,
    zh: '日期早于它应当在其后的办理环节的日期',
    en: 'The date is before a step it must follow',
  },
  'DISCLOSURE_REQUEST.DATE_IN_FUTURE': { status: 400, zh: '日期不能晚于今天', en: 'The date is after today' },
  'DISCLOSURE_REQUEST.EXTENSION_TOO_LATE': {
    status: 409,
    zh: '答复期限已届满，不能再延长（条例第三十三条第二款）',
    en: 'The reply period is over: it can no longer be extended',
  },
  'DISCLOSURE_REQUEST.HUMAN_CHECK_FAILED': {
    status: 400,
    zh: '验证题答案不正确或已过期，请重新作答',
    en: 'The check answer is wrong or expired',
  },
  'DISCLOSURE_REQUEST.CORRECTION_NOT_OVERDUE': {
    status: 409,
    zh: '补正期限尚未届满，不能按逾期不补正处理',
    en: 'The correction period is not over yet',
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export const DISCLOSURE_REQUEST_ROLE_GRANTS: Partial<
  Record<'officeStaff' | 'villageCadre' | 'legalAdviser' | 'leader', (keyof typeof DISCLOSURE_REQUEST_PERMISSIONS)[]>
> = {
  officeStaff: ['disclosure-request:request:read', 'disclosure-request:request:write'],
  legalAdviser: ['disclosure-request:request:read'],
  leader: ['disclosure-request:request:approve-extension', 'disclosure-request:request:view-personal'],
};
