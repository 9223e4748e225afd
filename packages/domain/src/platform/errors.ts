import { MODULE_ERRORS } from './catalogues.generated.ts';

/**
 * The error catalogue: every problem the API returns has a stable `code` from this list
 * and a Chinese `userMessage` safe to show a township clerk (RFC 9457 problem details).
 * Tests assert on codes, never on message text.
 */
export const ERRORS = {
  'REQUEST.INVALID_JSON': { status: 400, zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  'REQUEST.VALIDATION_FAILED': { status: 400, zh: '提交的内容有误，请检查标红的字段', en: 'Some fields are invalid' },
  'REQUEST.BODY_TOO_LARGE': { status: 413, zh: '提交的内容过大', en: 'The request body is too large' },
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': { status: 415, zh: '不支持的提交格式', en: 'Unsupported content type' },
  'REQUEST.RATE_LIMITED': { status: 429, zh: '操作过于频繁，请稍后再试', en: 'Too many requests, try again later' },
  'REQUEST.NOT_FOUND': { status: 404, zh: '请求的地址不存在', en: 'No such address' },
  'REQUEST.CONFLICT': { status: 409, zh: '记录已被他人修改，请刷新后重试', en: 'The record was changed by someone else' },
  'AUTH.UNAUTHENTICATED': { status: 401, zh: '请先登录', en: 'Please sign in' },
  'AUTH.SESSION_EXPIRED': { status: 401, zh: '登录已超时，请重新登录', en: 'Your session has expired, please sign in again' },
  'AUTH.INVALID_CREDENTIALS': { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  'AUTH.ACCOUNT_LOCKED': {
    status: 423,
    zh: '登录失败次数过多，账号已临时锁定，请稍后再试',
    en: 'Too many failed attempts; the account is locked for a while',
  },
  'AUTH.ACCOUNT_DISABLED': { status: 403, zh: '账号已停用，请联系管理员', en: 'This account is disabled' },
  'AUTH.PASSWORD_CHANGE_REQUIRED': { status: 403, zh: '请先修改初始密码', en: 'Change your initial password first' },
  'AUTH.PASSWORD_TOO_WEAK': {
    status: 400,
    zh: '密码不符合要求：至少 8 位，且包含大写字母、小写字母、数字、符号中的 3 类',
    en: 'The password does not meet the policy',
  },
  'AUTH.PASSWORD_REUSED': { status: 400, zh: '新密码不能与原密码相同', en: 'The new password must differ from the old one' },
  'AUTH.WRONG_PASSWORD': { status: 400, zh: '原密码不正确', en: 'The current password is wrong' },
  'AUTH.TOTP_REQUIRED': { status: 401, zh: '请输入动态验证码', en: 'Enter your one-time code' },
  'AUTH.TOTP_INVALID': { status: 401, zh: '动态验证码不正确', en: 'The one-time code is wrong' },
  'AUTH.TOTP_SETUP_REQUIRED': { status: 403, zh: '管理员须先绑定动态验证码', en: 'Administrators must set up a second factor first' },
  'AUTH.CSRF_FAILED': { status: 403, zh: '页面已过期，请刷新后重试', en: 'The page is stale; reload and try again' },
  'AUTH.FORBIDDEN': { status: 403, zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  'RECORD.NOT_FOUND': { status: 404, zh: '记录不存在或无权查看', en: 'No such record' },
  'RECORD.DUPLICATE': { status: 409, zh: '已存在相同的记录', en: 'A record like this already exists' },
  'ORG.DIVISION_NOT_FOUND': { status: 400, zh: '未找到该行政区划代码对应的乡镇（街道）', en: 'No township has this division code' },
  'ORG.TOWNSHIP_EXISTS': { status: 409, zh: '该乡镇（街道）已经建立', en: 'This township already exists' },
  'ORG.INVALID_PARENT': { status: 400, zh: '不能移动到该上级机构下', en: 'The org cannot be moved there' },
  'ORG.HAS_CHILDREN': { status: 409, zh: '该机构下还有下级机构或人员，不能删除', en: 'The org still has children or people' },
  'PERSON.ID_NUMBER_INVALID': { status: 400, zh: '身份证号码校验位不正确', en: 'The ID number check digit is wrong' },
  'USER.USERNAME_TAKEN': { status: 409, zh: '用户名已被使用', en: 'The username is taken' },
  'USER.CANNOT_DISABLE_SELF': { status: 409, zh: '不能停用或删除自己的账号', en: 'You cannot disable your own account' },
  'ROLE.BUILTIN_READONLY': { status: 409, zh: '内置角色不能修改或删除', en: 'Built-in roles cannot be changed' },
  'ROLE.UNKNOWN_PERMISSION': { status: 400, zh: '包含未知的权限代码', en: 'Unknown permission code' },
  'ROLE.IN_USE': { status: 409, zh: '该角色仍有用户使用，不能删除', en: 'The role is still assigned' },
  'CALENDAR.YEAR_MISSING': {
    status: 422,
    zh: '该年度尚未录入国务院节假日安排，期限无法准确计算',
    en: 'No official holiday calendar for that year',
  },
  'CALENDAR.DATE_OUTSIDE_YEAR': { status: 400, zh: '日期不属于该年度', en: 'A date is outside the year' },
  'CALENDAR.YEAR_NOT_CONFIRMED': {
    status: 422,
    zh: '该年度的节假日安排不完整或未经通知确认，不能标记为正式；可核对后重试，或明确选择“保存为暂定”',
    en: 'The year is incomplete or unconfirmed and cannot be marked official; fix it or save it as provisional',
  },
  'CALENDAR.DAY_CONFLICT': {
    status: 400,
    zh: '同一天不能既是放假日又是调休上班日',
    en: 'A day cannot be both a holiday and a make-up workday',
  },
  'FILE.TOO_LARGE': { status: 413, zh: '文件超过大小限制', en: 'The file is too large' },
  'FILE.TYPE_NOT_ALLOWED': { status: 415, zh: '不支持的文件类型（以文件内容判断）', en: 'File type not allowed (judged from the content)' },
  'FILE.EMPTY': { status: 400, zh: '文件为空', en: 'The file is empty' },
  'FILE.ALREADY_ATTACHED': { status: 409, zh: '该附件已属于其他记录', en: 'The file belongs to another record' },
  'DICTIONARY.CODE_TAKEN': { status: 409, zh: '该字典中已有相同代码', en: 'The code exists in this dictionary' },
  'DICTIONARY.BUILTIN_CODE_READONLY': {
    status: 409,
    zh: '内置字典项的代码不能修改或删除，只能停用',
    en: 'Built-in entries can only be deactivated',
  },
  'IMPORT.INVALID_FILE': { status: 400, zh: '导入文件不是有效的 Excel（.xlsx）文件，请使用下载的模板', en: 'The file cannot be read' },
  'IMPORT.ROWS_INVALID': {
    status: 400,
    zh: '导入文件中有错误的行，未写入任何数据，请按错误清单修改后重新导入',
    en: 'Some rows are invalid; nothing was written',
  },
  'IMPORT.EMPTY': { status: 400, zh: '导入文件没有数据行', en: 'The sheet has no data rows' },
  'IMPORT.TOO_LARGE': {
    status: 413,
    zh: '导入文件过大（不能超过 5 MB），请拆分后分批导入',
    en: 'The import file is too large (5 MB at most)',
  },
  'INTERNAL.ERROR': { status: 500, zh: '系统内部错误，请联系管理员', en: 'Internal error' },
  // Business modules' codes, from their catalogue.ts (scripts/collect-modules.mjs → catalogues.generated.ts).
  ...MODULE_ERRORS,
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** One invalid field of a request (RFC 9457 extension member). */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

/** The problem-details body every error response carries. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  userMessage: string;
  detail?: string;
  instance?: string;
  invalidParams?: InvalidParam[];
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value && 'userMessage' in value;
}
