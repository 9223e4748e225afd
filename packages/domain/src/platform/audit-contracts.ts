import { z } from 'zod';
import { pageQueryFields, zKeysetPage } from './paging.ts';

/**
 * Contracts of the audit log pages (GB/T 22239-2019 §8.1.4.3: every record carries date and time,
 * user, event type, success or failure and other detail; the log is read by authorised staff only).
 */

/** A day (read in China time, UTC+8) or an instant with an offset. */
const ZInstantOrDay = z.union([z.iso.date('日期格式应为 YYYY-MM-DD'), z.iso.datetime({ offset: true, message: '时间格式不正确' })]);

/** The filters shared by the list and the export. */
export const ZAuditFilter = z.object({
  /** From this day (inclusive) or instant. */
  from: ZInstantOrDay.optional(),
  /** To this day (inclusive) or instant (exclusive). */
  to: ZInstantOrDay.optional(),
  /** Part of the actor's name (or username at sign-in). */
  actor: z.string().trim().min(1).max(100).optional(),
  actorId: z.uuid('编号格式不正确').optional(),
  /** An action or the start of one: `org.person` finds org.person.create, org.person.update … */
  action: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_.:-]+$/, '操作类型只能包含字母、数字和 . _ : -')
    .optional(),
  entityType: z.string().trim().min(1).max(100).optional(),
  entityId: z.string().trim().min(1).max(100).optional(),
  isSuccess: z.enum(['true', 'false']).optional(),
  /** Free text found in the detail. */
  q: z.string().trim().min(1).max(100).optional(),
  townshipId: z.uuid('编号格式不正确').optional(),
});
export type AuditFilter = z.infer<typeof ZAuditFilter>;

/** Newest first, paged by cursor (paging.ts): page 500 of 2 M entries costs what page 1 costs. */
export const ZAuditListQuery = ZAuditFilter.extend(pageQueryFields(50, 200)).strict();
export type AuditListQuery = z.infer<typeof ZAuditListQuery>;

export const AUDIT_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

export const ZAuditExportQuery = ZAuditFilter.extend({
  format: z.enum(AUDIT_EXPORT_FORMATS).default('xlsx'),
}).strict();
export type AuditExportQuery = z.infer<typeof ZAuditExportQuery>;

export const ZAuditLogEntry = z.object({
  seq: z.number(),
  at: z.string(),
  townshipId: z.string().nullable(),
  townshipName: z.string().nullable(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  isSuccess: z.boolean(),
  /** Personal data and secrets were replaced by 「已隐去」 when the entry was written. */
  before: z.unknown(),
  after: z.unknown(),
  detail: z.string().nullable(),
  hash: z.string(),
});
export type AuditLogEntry = z.infer<typeof ZAuditLogEntry>;

export const ZAuditPage = zKeysetPage(ZAuditLogEntry);
export type AuditPage = z.infer<typeof ZAuditPage>;

export const AUDIT_CHAIN_PROBLEMS = {
  'hash-mismatch': { zh: '内容被修改（哈希不符）', en: 'Entry edited (hash mismatch)' },
  'broken-link': { zh: '链接断开（前一条哈希不符）', en: 'Broken link to the previous entry' },
  gap: { zh: '前面的记录被删除', en: 'Entries before it were deleted' },
} as const;
export type AuditChainProblem = keyof typeof AUDIT_CHAIN_PROBLEMS;

export const ZAuditChainReport = z.object({
  entries: z.number(),
  isIntact: z.boolean(),
  problems: z.array(z.object({ seq: z.number(), reason: z.enum(['hash-mismatch', 'broken-link', 'gap']) })),
  /** Links broken without tampering and re-sealed by `npm run audit:reseal` (entry `resealSeq` holds the evidence). */
  resealed: z.array(z.object({ seq: z.number(), reason: z.enum(['broken-link', 'gap']), resealSeq: z.number() })),
  /** The newest entry: write it down (or compare with the one written down last time) to detect a cut-off tail. */
  lastSeq: z.number().nullable(),
  lastHash: z.string().nullable(),
  checkedAt: z.string(),
});
export type AuditChainReport = z.infer<typeof ZAuditChainReport>;
