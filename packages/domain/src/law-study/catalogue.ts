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
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export const LAW_STUDY_ROLE_GRANTS: Partial<Record<'officeStaff' | 'villageCadre' | 'legalAdviser' | 'leader', (keyof typeof LAW_STUDY_PERMISSIONS)[]>> = {
  officeStaff: ['law-study:session:read', 'law-study:self-study:write', 'law-study:exam:read'],
  villageCadre: ['law-study:session:read', 'law-study:self-study:write', 'law-study:exam:read'],
  legalAdviser: ['law-study:session:read', 'law-study:exam:read'],
};
