import { z } from 'zod';
import { ZDateOfRecord, ZIsoDate } from '../calendar/types.ts';
import { ZUuid } from '../organisation/contracts.ts';
import { zAbilities } from '../platform/abilities.ts';
import { pageQueryFields } from '../platform/paging.ts';
import { EXAM_STEPS, SELF_STUDY_STEPS } from './workflow.ts';

// zod contracts of the law-study module: request schemas are .strict(); Chinese messages for the user.

const ZText = (max: number, label: string) =>
  z
    .string({ error: `${label}必须是文本` })
    .trim()
    .max(max, { error: `${label}不能超过 ${max} 个字` });
const ZRequiredText = (max: number, label: string) => ZText(max, label).min(1, { error: `请填写${label}` });
/** At most one decimal: hours and marks are stored as numeric(…, 1), which would round anything finer silently. */
export const hasOneDecimalAtMost = (n: number): boolean => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9;
/**
 * The limits the number schemas below are built from, exported so a form checks exactly these
 * (numberRule in the web) and the decimals rule, a refine zod cannot describe, is declared once.
 */
export const STUDY_HOURS_LIMITS = { greaterThan: 0, max: 100, decimals: 1 } as const;
export const MARK_LIMITS = { min: 0, max: 1000, decimals: 1 } as const;
export const FULL_MARK_LIMITS = { greaterThan: 0, max: 1000, decimals: 1 } as const;
/** Hours in steps of a tenth; a training class of several days may count up to 100 h. */
export const ZStudyHours = z
  .number({ error: '学时必须是数字' })
  .positive({ error: '学时必须大于 0' })
  .max(STUDY_HOURS_LIMITS.max, { error: `单次学时不能超过 ${STUDY_HOURS_LIMITS.max}` })
  .refine(hasOneDecimalAtMost, { error: '学时最多保留一位小数' });
/** A mark (满分, 及格分, 成绩): 0–1000, one decimal at most. A score above the exam's full mark is refused by the use case. */
const ZMark = (label: string) =>
  z
    .number({ error: `${label}必须是数字` })
    .min(MARK_LIMITS.min, { error: `${label}不能小于 0` })
    .max(MARK_LIMITS.max, { error: `${label}不能超过 ${MARK_LIMITS.max}` })
    .refine(hasOneDecimalAtMost, { error: `${label}最多保留一位小数` });
export const ZYear = z.coerce
  .number({ error: '年份必须是数字' })
  .int({ error: '年份必须是整数' })
  .min(2000, { error: '年份不能早于2000年' })
  .max(2200, { error: '年份不能晚于2200年' });
export const ZQuarter = z.coerce.number({ error: '季度必须是数字' }).int().min(1, { error: '季度为1–4' }).max(4, { error: '季度为1–4' });
const ZFileIds = z.array(ZUuid).max(50, { error: '附件不能超过 50 个' });
/** A year's list of one township (exams, appointments). */
export const ZStudyYearQuery = z.object({ year: ZYear.optional(), townshipId: ZUuid.optional() }).strict();

// ── Laws studied (a township's pick list, extendable) ─────────────────────────
export const ZStudyLaw = z.object({ id: z.string(), name: z.string(), sortOrder: z.number() });
export type StudyLaw = z.infer<typeof ZStudyLaw>;
export const ZCreateStudyLawRequest = z.object({ name: ZRequiredText(100, '法律法规名称') }).strict();

/** A cadre of the roll to pick attendees from: name and org only, no personal data. */
export const ZRollPerson = z.object({
  id: z.string(),
  name: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  isLeader: z.boolean(),
  isCivilServant: z.boolean(),
});
export type RollPerson = z.infer<typeof ZRollPerson>;

// ── Study sessions and attendance ──────────────────────────────────────────────
export const ZAttendanceInput = z
  .object({
    personId: ZUuid,
    isPresent: z.boolean({ error: '请选择是否出席' }),
    absenceReason: ZText(200, '缺席原因').nullable().optional(),
  })
  .strict();
export type AttendanceInput = z.infer<typeof ZAttendanceInput>;

const sessionFields = {
  kind: ZRequiredText(50, '活动类型'),
  title: ZRequiredText(200, '学习主题'),
  heldOn: ZDateOfRecord,
  hours: ZStudyHours,
  speaker: ZText(100, '主讲人').nullable().optional(),
  place: ZText(100, '地点').nullable().optional(),
  materials: ZText(2000, '学习材料').nullable().optional(),
  lawIds: z.array(ZUuid).max(50, { error: '学习的法律法规不能超过 50 部' }).default([]),
  fileIds: ZFileIds.default([]),
  attendance: z.array(ZAttendanceInput).max(2000, { error: '参学人员不能超过 2000 人' }).default([]),
};
export const ZCreateSessionRequest = z
  .object({ ...sessionFields, orgId: ZUuid.optional() })
  .strict()
  .superRefine((v, ctx) => checkAttendance(v.attendance, ctx));
export type CreateSessionRequest = z.infer<typeof ZCreateSessionRequest>;
export const ZUpdateSessionRequest = z
  .object({ ...sessionFields, version: z.number().int().min(1) })
  .strict()
  .superRefine((v, ctx) => checkAttendance(v.attendance, ctx));
export type UpdateSessionRequest = z.infer<typeof ZUpdateSessionRequest>;

function checkAttendance(rows: AttendanceInput[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (seen.has(r.personId)) ctx.addIssue({ code: 'custom', path: ['attendance', i, 'personId'], message: '同一干部不能重复登记' });
    seen.add(r.personId);
    if (!r.isPresent && !r.absenceReason?.trim())
      ctx.addIssue({ code: 'custom', path: ['attendance', i, 'absenceReason'], message: '缺席须填写原因' });
  });
}

export const ZAttendance = z.object({
  personId: z.string(),
  personName: z.string(),
  orgId: z.string(),
  orgName: z.string().nullable(),
  isPresent: z.boolean(),
  absenceReason: z.string().nullable(),
  creditedHours: z.number(),
});
export type Attendance = z.infer<typeof ZAttendance>;

export const ZSessionAbilities = zAbilities(['update', 'delete']);
export const ZStudySession = z.object({
  id: z.string(),
  townshipId: z.string(),
  orgId: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  title: z.string(),
  heldOn: z.string(),
  hours: z.number(),
  speaker: z.string().nullable(),
  place: z.string().nullable(),
  materials: z.string().nullable(),
  laws: z.array(z.object({ id: z.string(), name: z.string() })),
  presentCount: z.number(),
  absentCount: z.number(),
  version: z.number(),
  /** What the caller may do to it (policy.ts); the web draws its edit and delete buttons from it. */
  abilities: ZSessionAbilities,
});
export type StudySession = z.infer<typeof ZStudySession>;
export const ZStudySessionDetail = ZStudySession.extend({ attendance: z.array(ZAttendance), fileIds: z.array(z.string()) });
export type StudySessionDetail = z.infer<typeof ZStudySessionDetail>;

export const ZSessionListQuery = z
  .object({
    ...pageQueryFields(),
    year: ZYear.optional(),
    kind: z.string().trim().max(50).optional(),
    q: z.string().trim().max(100).optional(),
    townshipId: ZUuid.optional(),
  })
  .strict();
export type SessionListQuery = z.infer<typeof ZSessionListQuery>;

// ── Self-study and online study ────────────────────────────────────────────────
export const SELF_STUDY_KINDS = ['selfStudy', 'online'] as const;
export const SELF_STUDY_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const ZCreateSelfStudyRequest = z
  .object({
    personId: ZUuid.optional(),
    kind: z.enum(SELF_STUDY_KINDS, { error: '请选择自学或网络学法' }),
    title: ZRequiredText(200, '学习内容'),
    studiedOn: ZDateOfRecord,
    hours: ZStudyHours,
    source: ZText(100, '学习平台').nullable().optional(),
    fileIds: ZFileIds.min(1, { error: '请上传学习证明（证书、平台截图或导出记录）' }),
  })
  .strict();
export type CreateSelfStudyRequest = z.infer<typeof ZCreateSelfStudyRequest>;
export const ZReviewSelfStudyRequest = z
  .object({
    decision: z.enum(['approved', 'rejected'], { error: '请选择通过或退回' }),
    note: ZText(500, '审核意见').nullable().optional(),
    version: z.number().int().min(1),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.decision === 'rejected' && !v.note?.trim()) ctx.addIssue({ code: 'custom', path: ['note'], message: '退回须说明理由' });
  });
export type ReviewSelfStudyRequest = z.infer<typeof ZReviewSelfStudyRequest>;
export const ZSelfStudyAbilities = zAbilities(['review']);
export const ZSelfStudy = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  orgId: z.string(),
  kind: z.enum(SELF_STUDY_KINDS),
  title: z.string(),
  studiedOn: z.string(),
  hours: z.number(),
  source: z.string().nullable(),
  status: z.enum(SELF_STUDY_STATUSES),
  reviewNote: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  isImported: z.boolean(),
  version: z.number(),
  abilities: ZSelfStudyAbilities,
  /** The review steps the caller may take now (workflow.ts and the policy); the web offers exactly these. */
  allowedSteps: z.array(z.enum(SELF_STUDY_STEPS)),
});
export type SelfStudy = z.infer<typeof ZSelfStudy>;
export const ZSelfStudyListQuery = z
  .object({
    ...pageQueryFields(),
    status: z.enum(SELF_STUDY_STATUSES).optional(),
    year: ZYear.optional(),
    personId: ZUuid.optional(),
    townshipId: ZUuid.optional(),
  })
  .strict();
export type SelfStudyListQuery = z.infer<typeof ZSelfStudyListQuery>;

// ── Exams and scores ───────────────────────────────────────────────────────────
export const EXAM_KINDS = ['general', 'preAppointment'] as const;
export const ZCreateExamRequest = z
  .object({
    kind: z.enum(EXAM_KINDS, { error: '请选择考试类型' }),
    title: ZRequiredText(200, '考试名称'),
    heldOn: ZIsoDate,
    fullMark: ZMark('满分').positive({ error: '满分必须大于 0' }).default(100),
    passMark: ZMark('及格分'),
  })
  .strict()
  .refine((v) => v.passMark <= v.fullMark, { path: ['passMark'], message: '及格分不能高于满分' });
export type CreateExamRequest = z.infer<typeof ZCreateExamRequest>;
export const ZScoreInput = z
  .object({
    personId: ZUuid,
    score: ZMark('成绩').nullable(),
    isAbsent: z.boolean().default(false),
  })
  .strict()
  .refine((v) => v.isAbsent || v.score !== null, { path: ['score'], message: '请填写成绩或标记缺考' });
export const ZSaveScoresRequest = z.object({ scores: z.array(ZScoreInput).max(2000) }).strict();
export type SaveScoresRequest = z.infer<typeof ZSaveScoresRequest>;
export const ZExamScore = z.object({
  personId: z.string(),
  personName: z.string(),
  orgName: z.string().nullable(),
  score: z.number().nullable(),
  isAbsent: z.boolean(),
  isPassed: z.boolean(),
});
export const ZExam = z.object({
  id: z.string(),
  kind: z.enum(EXAM_KINDS),
  title: z.string(),
  heldOn: z.string(),
  fullMark: z.number(),
  passMark: z.number(),
  takenCount: z.number(),
  passedCount: z.number(),
  absentCount: z.number(),
  version: z.number(),
});
export type Exam = z.infer<typeof ZExam>;
export const ZExamListQuery = z.object({ ...pageQueryFields(), year: ZYear.optional(), townshipId: ZUuid.optional() }).strict();
export type ExamListQuery = z.infer<typeof ZExamListQuery>;
export const ZExamAbilities = zAbilities(['recordScores']);
export const ZExamDetail = ZExam.extend({
  scores: z.array(ZExamScore),
  abilities: ZExamAbilities,
  /** `recordScores` once the exam has been held and the caller may enter scores (workflow.ts, policy.ts). */
  allowedSteps: z.array(z.enum(EXAM_STEPS)),
});
export const ZScoresSaved = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() });
export type ExamDetail = z.infer<typeof ZExamDetail>;

// ── Leaders' appointments (任前法律知识考试) ─────────────────────────────────────
export const ZCreateAppointmentRequest = z
  .object({
    personId: ZUuid,
    post: ZRequiredText(100, '拟任职务'),
    appointedOn: ZIsoDate,
  })
  .strict();
export type CreateAppointmentRequest = z.infer<typeof ZCreateAppointmentRequest>;
export const ZAppointment = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  post: z.string(),
  appointedOn: z.string(),
  examHeldOn: z.string().nullable(),
  isCovered: z.boolean(),
  version: z.number(),
});
export type Appointment = z.infer<typeof ZAppointment>;

// ── Ledger, bulletin, a cadre's hours ──────────────────────────────────────────
export const ZLedgerQuery = z
  .object({ year: ZYear, quarter: ZQuarter.optional(), orgId: ZUuid.optional(), townshipId: ZUuid.optional() })
  .strict();
export type LedgerQuery = z.infer<typeof ZLedgerQuery>;
export const ZBulletinQuery = z
  .object({ year: ZYear, quarter: ZQuarter.optional(), format: z.enum(['docx', 'xlsx']), townshipId: ZUuid.optional() })
  .strict();
export const ZPersonHoursQuery = z.object({ year: ZYear.optional() }).strict();
const ZLedgerPerson = z.object({
  personId: z.string(),
  name: z.string(),
  post: z.string().nullable(),
  orgId: z.string(),
  orgName: z.string(),
  isCivilServant: z.boolean(),
  sessionsAttended: z.number(),
  sessionsMissed: z.number(),
  sessionHours: z.number(),
  selfStudyHours: z.number(),
  totalHours: z.number(),
  targetHours: z.number(),
  isShort: z.boolean(),
  shortfallHours: z.number(),
  examsTaken: z.number(),
  examsPassed: z.number(),
  examsAbsent: z.number(),
  averageScore: z.number().nullable(),
  rank: z.number(),
});
const ZLedgerOrg = z.object({
  orgId: z.string(),
  orgName: z.string(),
  orgKind: z.string(),
  peopleCount: z.number(),
  totalHours: z.number(),
  averageHours: z.number(),
  shortCount: z.number(),
  averageScore: z.number().nullable(),
  rank: z.number(),
});
/** The township's ledger as the caller may see it; `bulletin`: a township-wide view may issue the bulletin. */
export const ZLedgerAbilities = zAbilities(['bulletin']);
export const ZLedgerView = z.object({
  from: z.string(),
  to: z.string(),
  people: z.array(ZLedgerPerson),
  orgs: z.array(ZLedgerOrg),
  sessionCount: z.number(),
  examCount: z.number(),
  abilities: ZLedgerAbilities,
});
export type LedgerView = z.infer<typeof ZLedgerView>;
export const ZPersonHours = z.object({
  personId: z.string(),
  year: z.number(),
  sessionHours: z.number(),
  selfStudyHours: z.number(),
  totalHours: z.number(),
  targetHours: z.number(),
  isShort: z.boolean(),
  pendingSelfStudyHours: z.number(),
  sessionsAttended: z.number(),
  sessionsMissed: z.number(),
});
export type PersonHours = z.infer<typeof ZPersonHours>;

// ── Imports ────────────────────────────────────────────────────────────────────
export const IMPORT_KINDS = ['attendance', 'scores', 'platformHours'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const ZImportKindParams = z.object({ kind: z.enum(IMPORT_KINDS, { error: '导入类型不正确' }) }).strict();
export const ZImportQuery = z.object({ examId: ZUuid.optional() }).strict();
export const ZImportResult = z.object({
  kind: z.enum(IMPORT_KINDS),
  rowCount: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  isRepeat: z.boolean(),
  /** Attendance only: sessions the sheet added, and recorded sessions it corrected (hours or attendance). */
  sessionsCreated: z.number().optional(),
  sessionsUpdated: z.number().optional(),
});
export type ImportResult = z.infer<typeof ZImportResult>;

/** One problem of an imported sheet: the Excel row number (header = 1), the column header, why. */
export interface ImportRowError {
  row: number;
  column: string;
  reason: string;
}
/** How an ImportRowError travels in problem details (invalidParams name). */
export const importErrorName = (e: Pick<ImportRowError, 'row' | 'column'>) => `rows[${e.row}].${e.column}`;
export function parseImportErrorName(name: string): { row: number; column: string } | null {
  const m = /^rows\[(\d+)\]\.(.*)$/.exec(name);
  return m ? { row: Number(m[1]), column: m[2]! } : null;
}
