/**
 * The law-study module's part of the permission and error catalogues (spread into platform/permissions.ts
 * and platform/errors.ts) and what the built-in roles other than the administrators get of it
 * (the township administrator, leader and county reviewer follow from the catalogue).
 */
export const LAW_STUDY_PERMISSIONS = {
  'law-study:session:read': { zh: '查看学法活动与学时', en: 'View study sessions and hours' },
  'law-study:session:write': { zh: '维护学法活动', en: 'Record study sessions' },
  'law-study:self-study:write': { zh: '申报自学学时', en: 'Claim self-study hours' },
  'law-study:self-study:approve': { zh: '审核自学学时', en: 'Approve self-study hours' },
  'law-study:exam:read': { zh: '查看考试成绩', en: 'View exams and scores' },
  'law-study:exam:write': { zh: '维护考试与成绩', en: 'Record exams and scores' },
} as const satisfies Record<string, { zh: string; en: string }>;

export const LAW_STUDY_ERRORS = {
  'LAW_STUDY.PERSON_NOT_IN_TOWNSHIP': {
    status: 400,
    zh: '所选干部不是本乡镇（街道）在册干部',
    en: "The cadre is not on this township's roll",
  },
  'LAW_STUDY.LAW_NAME_TAKEN': { status: 409, zh: '该法律法规已在学习目录中', en: 'This law is already in the list' },
  'LAW_STUDY.ALREADY_REVIEWED': {
    status: 409,
    zh: '该自学申报已审核，不能再次审核',
    en: 'This self-study claim has already been reviewed',
  },
  'LAW_STUDY.CLAIM_FOR_OTHERS': { status: 403, zh: '只能为本人申报自学学时', en: 'You may claim self-study hours for yourself only' },
  'LAW_STUDY.IMPORT_INVALID': {
    status: 400,
    zh: '导入文件有错误，未写入任何数据，请按错误清单修改后重新导入',
    en: 'The sheet has errors; nothing was imported',
  },
  'LAW_STUDY.IMPORT_TOO_LARGE': {
    status: 413,
    zh: '导入文件过大（不能超过 5 MB），请拆分后分批导入',
    en: 'The import file is too large (5 MB at most)',
  },
  'LAW_STUDY.IMPORT_NOT_EXCEL': {
    status: 400,
    zh: '导入文件不是有效的 Excel（.xlsx）文件，请使用下载的模板',
    en: 'The file is not a valid .xlsx workbook',
  },
  'LAW_STUDY.IMPORT_EMPTY': { status: 400, zh: '导入文件没有数据行', en: 'The sheet has no data rows' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export const LAW_STUDY_ROLE_GRANTS: Partial<
  Record<'officeStaff' | 'villageCadre' | 'legalAdviser' | 'leader', (keyof typeof LAW_STUDY_PERMISSIONS)[]>
> = {
  officeStaff: ['law-study:session:read', 'law-study:self-study:write', 'law-study:exam:read'],
  villageCadre: ['law-study:session:read', 'law-study:self-study:write', 'law-study:exam:read'],
  legalAdviser: ['law-study:session:read', 'law-study:exam:read'],
};
