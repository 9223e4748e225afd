import { ZComputeExtensions, ZComputePauses, type ComputeDeadlineQuery, type ComputeDeadlineResult } from '@yifa/domain';
import { type DeadlineRule } from '@yifa/domain/calendar';
import type { z } from 'zod';
import { computeOrThrow } from '../../deadlines/compute.ts';
import type { DbOrTx } from '../../db/client.ts';
import { AppError } from '../../http/app-error.ts';
import { loadCalendar } from '../calendar-service.ts';
import { invalidParamsOf } from '../zod-invalid-params.ts';

/** 期限计算器: the same computeDeadline the modules store, on the stored calendar, for any rule. */
export async function computeDeadlinePreview(db: DbOrTx, q: ComputeDeadlineQuery): Promise<ComputeDeadlineResult> {
  const rule: DeadlineRule = { basis: q.basis, days: q.days, startDate: q.startDate };
  if (q.startLabelZh) rule.startLabelZh = q.startLabelZh;
  if (q.pauses) rule.pauses = parseJsonParam(q.pauses, 'pauses', ZComputePauses);
  if (q.extensions) rule.extensions = parseJsonParam(q.extensions, 'extensions', ZComputeExtensions);
  const result = computeOrThrow(await loadCalendar(db), rule, 'querystring');
  return {
    dueDate: result.dueDate,
    missingYears: result.missingYears,
    isProvisional: result.isProvisional,
    explanation: result.explanation,
  };
}

function parseJsonParam<T>(text: string, name: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      invalidParams: [{ name: `querystring.${name}`, code: 'invalid_json', reason: '不是有效的 JSON' }],
    });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new AppError('REQUEST.VALIDATION_FAILED', { invalidParams: invalidParamsOf(parsed.error, `querystring.${name}`) });
  return parsed.data;
}
