import { z } from 'zod';
import type { DbOrTx } from '../../platform/db/client.ts';
import { findSettings } from '../../platform/compliance/settings-repository.ts';

/** Hours a year per cadre (2021 report: "全乡公务员每年学习法律知识不少于60学时"). */
export const ZHoursParams = z
  .object({
    annualHours: z.number({ error: '学时必须是数字' }).positive({ error: '学时必须大于0' }).max(500, { error: '学时不能超过500' }),
    prorateForJoiners: z.boolean({ error: '请选择是否按在岗时间折算' }),
    onlyCivilServants: z.boolean({ error: '请选择是否仅统计公务员' }),
  })
  .strict();
export type HoursParams = z.infer<typeof ZHoursParams>;
export const DEFAULT_HOURS_PARAMS: HoursParams = { annualHours: 60, prorateForJoiners: false, onlyCivilServants: true };
export const HOURS_RULE_CODE = 'law-study.hours-per-cadre';

/** The township's hour settings for the year (the compliance rule's saved params, else the defaults). */
export async function hoursParamsFor(db: DbOrTx, townshipId: string, year: number): Promise<HoursParams> {
  const saved = await findSettings(db, townshipId, HOURS_RULE_CODE, year);
  const parsed = ZHoursParams.safeParse(saved?.params);
  return parsed.success ? parsed.data : DEFAULT_HOURS_PARAMS;
}
