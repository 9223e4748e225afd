import { z } from 'zod';
import { ZDateOfRecord, ZIsoDate } from '../calendar/types.ts';
import { pageQueryFields } from '../platform/paging.ts';
import { ZFile } from '../platform/file-contracts.ts';
import { zAbilities } from '../platform/abilities.ts';
import { ZUuid } from '../organisation/contracts.ts';

// zod contracts of the publicity module (普法): request schemas are .strict(); Chinese messages for the user.

const ZYear = z.coerce
  .number({ error: '年度必须是数字' })
  .int({ error: '年度必须是整数' })
  .min(2000, { error: '年度不能早于2000年' })
  .max(2100, { error: '年度不能晚于2100年' });
const ZYearBody = z
  .number({ error: '年度必须是数字' })
  .int({ error: '年度必须是整数' })
  .min(2000, { error: '年度不能早于2000年' })
  .max(2100, { error: '年度不能晚于2100年' });
const ZCode = z.string({ error: '请选择' }).trim().min(1, { error: '请选择' }).max(40, { error: '代码过长' });
const ZCount = z
  .number({ error: '必须是数字' })
  .int({ error: '必须是整数' })
  .min(0, { error: '不能为负数' })
  .max(1_000_000, { error: '数字过大' });
const ZVersion = z.number({ error: '缺少版本号' }).int().positive();
const text = (max: number, label: string) =>
  z
    .string({ error: `${label}必须是文本` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过${max}字` });
const optionalText = (max: number, label: string) =>
  z
    .string({ error: `${label}必须是文本` })
    .trim()
    .max(max, { error: `${label}不能超过${max}字` })
    .nullable()
    .optional();

// ── Campaigns (主题活动) ──────────────────────────────────────────────────────
export const ZCampaignInput = z
  .object({
    theme: ZCode,
    name: text(100, '活动名称'),
    startDate: ZIsoDate,
    endDate: ZIsoDate,
    notes: optionalText(500, '说明'),
  })
  .strict()
  .refine((v) => v.endDate >= v.startDate, { error: '结束日期不能早于开始日期', path: ['endDate'] })
  .refine((v) => v.startDate.slice(0, 4) === v.endDate.slice(0, 4), { error: '主题活动的起止日期应在同一年度', path: ['endDate'] });
export type CampaignInput = z.infer<typeof ZCampaignInput>;

export const ZUpdateCampaignRequest = z
  .object({
    theme: ZCode,
    name: text(100, '活动名称'),
    startDate: ZIsoDate,
    endDate: ZIsoDate,
    notes: optionalText(500, '说明'),
    version: ZVersion,
  })
  .strict()
  .refine((v) => v.endDate >= v.startDate, { error: '结束日期不能早于开始日期', path: ['endDate'] })
  .refine((v) => v.startDate.slice(0, 4) === v.endDate.slice(0, 4), { error: '主题活动的起止日期应在同一年度', path: ['endDate'] });
export type UpdateCampaignRequest = z.infer<typeof ZUpdateCampaignRequest>;

export const ZRollCampaignsRequest = z
  .object({ fromYear: ZYearBody, toYear: ZYearBody })
  .strict()
  .refine((v) => v.fromYear !== v.toYear, { error: '目标年度不能与来源年度相同', path: ['toYear'] });
export type RollCampaignsRequest = z.infer<typeof ZRollCampaignsRequest>;

export const ZCampaign = z.object({
  id: z.string(),
  townshipId: z.string(),
  year: z.number(),
  theme: z.string(),
  themeLabelZh: z.string(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  notes: z.string().nullable(),
  activityCount: z.number(),
  version: z.number(),
  /** Campaigns are the township's calendar: changed by those who see the whole township (not an office or a village). */
  abilities: zAbilities(['update', 'delete']),
});
export type Campaign = z.infer<typeof ZCampaign>;

// ── Duty list (普法责任清单, 谁执法谁普法) ──────────────────────────────────────
const ZMonths = z
  .array(z.number({ error: '月份必须是数字' }).int().min(1, { error: '月份为1—12' }).max(12, { error: '月份为1—12' }), {
    error: '计划月份格式不正确',
  })
  .max(12)
  .refine((m) => new Set(m).size === m.length, { error: '计划月份重复' });

const dutyFields = {
  laws: text(500, '宣传的法律法规'),
  audienceTypes: z.array(ZCode, { error: '请选择宣传对象' }).min(1, { error: '请至少选择一类宣传对象' }).max(10),
  measures: text(1000, '宣传措施'),
  /** Planned months (1–12); empty = throughout the year. The web offers quarters as shortcuts. */
  plannedMonths: ZMonths,
  responsible: optionalText(50, '责任人（科室）'),
};
export const ZDutyItemInput = z.object({ orgId: ZUuid, year: ZYearBody, ...dutyFields }).strict();
export type DutyItemInput = z.infer<typeof ZDutyItemInput>;
export const ZUpdateDutyItemRequest = z.object({ ...dutyFields, version: ZVersion }).strict();
export type UpdateDutyItemRequest = z.infer<typeof ZUpdateDutyItemRequest>;

export const ZDutyItemState = z.enum(['done', 'pending', 'missed']);
export type DutyItemState = z.infer<typeof ZDutyItemState>;

export const ZDutyItem = z.object({
  id: z.string(),
  townshipId: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  year: z.number(),
  laws: z.string(),
  audienceTypes: z.array(z.string()),
  audienceLabelsZh: z.array(z.string()),
  measures: z.string(),
  plannedMonths: z.array(z.number()),
  responsible: z.string().nullable(),
  state: ZDutyItemState,
  activityCount: z.number(),
  version: z.number(),
  /** An office changes its own list; the township administrator any office's. */
  abilities: zAbilities(['update', 'delete']),
});
export type DutyItem = z.infer<typeof ZDutyItem>;

// ── Activities (普法活动) ──────────────────────────────────────────────────────
const activityFields = {
  orgId: ZUuid,
  /** The day it was held: a record, never in the future (planned months live on the duty list). */
  date: ZDateOfRecord,
  title: text(100, '活动名称'),
  campaignId: ZUuid.nullable().optional(),
  dutyItemId: ZUuid.nullable().optional(),
  venueType: ZCode,
  villageId: ZUuid.nullable().optional(),
  channel: ZCode,
  audienceType: ZCode.nullable().optional(),
  audienceCount: ZCount,
  materialsCount: ZCount,
  /** 以案释法: the enforcement case or dispute explained (free text until those modules exist). */
  caseReference: optionalText(200, '以案释法案例'),
  summary: optionalText(2000, '活动内容'),
  attachmentIds: z.array(ZUuid).max(30, { error: '附件不能超过30个' }).optional(),
};
export const ZActivityInput = z.object(activityFields).strict();
export type ActivityInput = z.infer<typeof ZActivityInput>;
export const ZUpdateActivityRequest = z.object({ ...activityFields, version: ZVersion }).strict();
export type UpdateActivityRequest = z.infer<typeof ZUpdateActivityRequest>;

export const ZActivityListQuery = z
  .object({
    year: ZYear.optional(),
    townshipId: ZUuid.optional(),
    orgId: ZUuid.optional(),
    villageId: ZUuid.optional(),
    campaignId: ZUuid.optional(),
    dutyItemId: ZUuid.optional(),
    venueType: z.string().max(40).optional(),
    from: ZIsoDate.optional(),
    to: ZIsoDate.optional(),
    ...pageQueryFields(),
  })
  .strict();
export type ActivityListQuery = z.infer<typeof ZActivityListQuery>;

export const ZActivity = z.object({
  id: z.string(),
  townshipId: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  date: z.string(),
  title: z.string(),
  campaignId: z.string().nullable(),
  campaignName: z.string().nullable(),
  dutyItemId: z.string().nullable(),
  dutyItemLaws: z.string().nullable(),
  venueType: z.string(),
  venueTypeLabelZh: z.string(),
  villageId: z.string().nullable(),
  villageName: z.string().nullable(),
  channel: z.string(),
  channelLabelZh: z.string(),
  audienceType: z.string().nullable(),
  audienceTypeLabelZh: z.string().nullable(),
  audienceCount: z.number(),
  materialsCount: z.number(),
  caseReference: z.string().nullable(),
  summary: z.string().nullable(),
  attachments: z.array(ZFile),
  version: z.number(),
  /** The caller may change it (they organised it; seeing it because it was held in their village is not enough). */
  abilities: zAbilities(['update', 'delete']),
});
export type Activity = z.infer<typeof ZActivity>;

/** `townshipId` is for callers above townships (county reviewers); township users see their own. */
export const ZYearQuery = z.object({ year: ZYear, townshipId: ZUuid.optional() }).strict();
export const ZDutyListQuery = z.object({ year: ZYear, townshipId: ZUuid.optional(), orgId: ZUuid.optional() }).strict();

// ── Coverage and summary ───────────────────────────────────────────────────────
export const ZCoverage = z.object({
  year: z.number(),
  villages: z.array(z.object({ orgId: z.string(), name: z.string(), quarters: z.array(z.number()), total: z.number() })),
  venueTypes: z.array(z.object({ code: z.string(), labelZh: z.string(), months: z.array(z.number()), total: z.number() })),
  dutyItems: z.array(
    z.object({
      id: z.string(),
      orgId: z.string(),
      orgName: z.string(),
      laws: z.string(),
      plannedMonths: z.array(z.number()),
      state: ZDutyItemState,
      activityCount: z.number(),
    }),
  ),
  constitutionWeek: z.object({ start: z.string(), end: z.string(), activityCount: z.number() }),
});
export type Coverage = z.infer<typeof ZCoverage>;

const ZGroup = z.object({ code: z.string(), labelZh: z.string(), activities: z.number(), people: z.number(), materials: z.number() });
export const ZSummary = z.object({
  year: z.number(),
  totals: z.object({
    activities: z.number(),
    people: z.number(),
    materials: z.number(),
    villagesReached: z.number(),
    villages: z.number(),
    caseExplained: z.number(),
  }),
  byVenueType: z.array(ZGroup),
  byChannel: z.array(ZGroup),
  byCampaign: z.array(ZGroup),
  byMonth: z.array(z.object({ month: z.number(), activities: z.number(), people: z.number() })),
});
export type Summary = z.infer<typeof ZSummary>;
export type SummaryGroup = z.infer<typeof ZGroup>;

export const ZRollCampaignsResult = z.object({ created: z.number(), skipped: z.number() });
export type RollCampaignsResult = z.infer<typeof ZRollCampaignsResult>;
