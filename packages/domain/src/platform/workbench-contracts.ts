/**
 * The home page 我的工作台: overdue and due-soon deadlines contributed by modules, unread notifications,
 * and this year's compliance at a glance, all within the caller's data scope.
 */
import { z } from 'zod';
import { ZComplianceSummary } from './compliance-contracts.ts';
import { ZDeadlineItem, ZWithinWorkingDays } from './deadline-contracts.ts';

export const ZWorkbenchQuery = z
  .object({
    /** "Due soon" means due within this many working days from today (default 3). */
    dueSoonWorkingDays: ZWithinWorkingDays.default(3),
    /** How many deadlines of each list to return (the counts are always complete). */
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type WorkbenchQuery = z.infer<typeof ZWorkbenchQuery>;

export const ZWorkbench = z.object({
  today: z.string(),
  dueSoonWorkingDays: z.number(),
  overdue: z.object({ count: z.number(), items: z.array(ZDeadlineItem) }),
  dueSoon: z.object({ count: z.number(), items: z.array(ZDeadlineItem) }),
  /** Open deadlines whose date rests on a year with no official holiday schedule yet. */
  provisionalCount: z.number(),
  unreadNotifications: z.number(),
  /** Null when the caller may not read compliance (platform:compliance:read). */
  /** computedAt: when the figures were computed (ISO; the oldest township's), kept per township for 10 minutes. */
  compliance: ZComplianceSummary.extend({ year: z.number(), computedAt: z.string() }).nullable(),
});
export type Workbench = z.infer<typeof ZWorkbench>;
