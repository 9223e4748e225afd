/**
 * HTTP contracts of the stored deadlines (期限): what modules contributed through the platform's
 * `upsertDeadline`, as the workbench and the deadline list show them.
 */
import { z } from 'zod';
import { ZDeadlineExplanation } from './calendar-contracts.ts';
import { pageQueryFields, zKeysetPage } from './paging.ts';

export const DEADLINE_STATUSES = {
  open: { zh: '进行中', en: 'Open' },
  met: { zh: '已办结', en: 'Met' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
} as const;
export type DeadlineStatus = keyof typeof DEADLINE_STATUSES;
export const ZDeadlineStatus = z.enum(['open', 'met', 'cancelled']);

/** The list's filter: overdue (past due), dueSoon (within N working days from today), all open ones. */
export const ZDeadlineFilter = z.enum(['overdue', 'dueSoon', 'all'], { error: '筛选条件只能是 overdue、dueSoon 或 all' });
export type DeadlineFilter = z.infer<typeof ZDeadlineFilter>;

export const ZWithinWorkingDays = z.coerce
  .number({ error: '工作日数必须是数字' })
  .int({ error: '工作日数必须是整数' })
  .min(1, { error: '至少1个工作日' })
  .max(60, { error: '不能超过60个工作日' });

export const ZDeadlineListQuery = z
  .object({
    filter: ZDeadlineFilter.default('all'),
    withinWorkingDays: ZWithinWorkingDays.default(3),
    assignedToMe: z.enum(['true', 'false']).optional(),
    module: z.string().trim().min(1).max(50).optional(),
    orgId: z.uuid('编号格式不正确').optional(),
    ...pageQueryFields(50, 200),
  })
  .strict();
export type DeadlineListQuery = z.infer<typeof ZDeadlineListQuery>;

export const ZDeadlineItem = z.object({
  id: z.string(),
  townshipId: z.string(),
  orgId: z.string(),
  orgName: z.string().nullable(),
  module: z.string(),
  kind: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  title: z.string(),
  link: z.string().nullable(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  /** null while a pause is running (clock stopped). */
  dueDate: z.string().nullable(),
  isProvisional: z.boolean(),
  status: ZDeadlineStatus,
  isOverdue: z.boolean(),
  /** Working days from today to the due date (negative when overdue); null without a due date. */
  workingDaysLeft: z.number().nullable(),
  explanationZh: z.string(),
});
export type DeadlineItem = z.infer<typeof ZDeadlineItem>;

/** Soonest first, paged by cursor (paging.ts); `today` is the day "overdue" and "working days left" are read against. */
export const ZDeadlineList = zKeysetPage(ZDeadlineItem).extend({ today: z.string() });
export type DeadlineList = z.infer<typeof ZDeadlineList>;

export const ZDeadlineDetail = ZDeadlineItem.extend({
  explanation: ZDeadlineExplanation,
  computedAt: z.string(),
  version: z.number(),
});
export type DeadlineDetail = z.infer<typeof ZDeadlineDetail>;
