/**
 * The input of `computeDeadline`: what a module knows about a statutory period.
 *
 * - basis 'workingDays': periods the law expresses in 工作日 (政府信息公开条例 Arts. 30, 32‑34; 行政许可法
 *   Art. 82) or that a definitions clause turns into working days (行政处罚法 Art. 85, 行政复议法 Art. 88,
 *   行政强制法 Art. 69). basis 'calendarDays': every other "日" (rules.md §10).
 * - pauses: time that by law is not counted, e.g. consulting a third party or another agency
 *   (政府信息公开条例 Art. 33 ¶3 with Arts. 32, 34). `to: null` means the pause has not ended yet.
 * - extensions: e.g. the one 20-working-day extension of 政府信息公开条例 Art. 33 ¶2.
 *   NB a correction (补正, Art. 30) is a restart, not a pause: compute a new rule from the new start.
 */
import { z } from 'zod';
import { ZIsoDate, type IsoDate } from './types.ts';

export type DeadlineBasis = 'workingDays' | 'calendarDays';

export interface DeadlinePause {
  from: IsoDate;
  /** Last paused day (inclusive); null while the pause is still running. */
  to: IsoDate | null;
  reasonZh: string;
}

export interface DeadlineExtension {
  days: number;
  reasonZh: string;
}

export interface DeadlineRule {
  basis: DeadlineBasis;
  days: number;
  /** The day of the triggering event (e.g. receipt of the request). It is not counted. */
  startDate: IsoDate;
  /** Optional label of the triggering event for the explanation, e.g. 收到申请. */
  startLabelZh?: string;
  pauses?: DeadlinePause[];
  extensions?: DeadlineExtension[];
}

/** Upper bound of any single period, so a typo cannot make the calendar walk for centuries. */
export const MAX_DEADLINE_DAYS = 3660;

const ZReasonZh = z.string({ error: '请填写原因' }).trim().min(1, { error: '请填写原因' }).max(200, { error: '原因不能超过200字' });

export const ZDeadlinePause = z
  .object({
    from: ZIsoDate,
    to: ZIsoDate.nullable(),
    reasonZh: ZReasonZh,
  })
  .refine((p) => p.to === null || p.to >= p.from, { error: '中止结束日期不能早于开始日期', path: ['to'] });

export const ZDeadlineExtension = z.object({
  days: z
    .number({ error: '延长天数必须是数字' })
    .int({ error: '延长天数必须是整数' })
    .min(1, { error: '延长天数至少为1天' })
    .max(MAX_DEADLINE_DAYS, { error: `延长天数不能超过${MAX_DEADLINE_DAYS}天` }),
  reasonZh: ZReasonZh,
});

export const ZDeadlineRule = z.object({
  basis: z.enum(['workingDays', 'calendarDays'], { error: '期限单位只能是工作日或自然日' }),
  days: z
    .number({ error: '期限天数必须是数字' })
    .int({ error: '期限天数必须是整数' })
    .min(0, { error: '期限天数不能为负数' })
    .max(MAX_DEADLINE_DAYS, { error: `期限天数不能超过${MAX_DEADLINE_DAYS}天` }),
  startDate: ZIsoDate,
  startLabelZh: z
    .string({ error: '起算事由必须是文本' })
    .trim()
    .min(1, { error: '起算事由不能为空' })
    .max(50, { error: '起算事由过长' })
    .optional(),
  pauses: z.array(ZDeadlinePause, { error: '中止记录必须是列表' }).max(50, { error: '中止记录过多' }).optional(),
  extensions: z.array(ZDeadlineExtension, { error: '延长记录必须是列表' }).max(20, { error: '延长记录过多' }).optional(),
});
