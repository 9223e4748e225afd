import { z } from 'zod';
import { ZDateOfRecord } from '../calendar/types.ts';
import { ZFile } from '../platform/file-contracts.ts';
import { DISCLOSURE_CATEGORY_CODES } from './statutory-catalogue.ts';
import { BOARD_RHYTHMS } from './periods.ts';
import { zAbilities } from '../platform/abilities.ts';
import { PUBLICATION_STEPS } from './workflow.ts';
import { pageQueryFields } from '../platform/paging.ts';

// zod contracts of the proactive-disclosure module: request schemas are .strict(); Chinese messages for the user.
const ZId = z.uuid('编号格式不正确');
const text = (max: number) => z.string({ error: '必须是文本' }).trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字`);
const optionalText = (max: number) => z.string({ error: '必须是文本' }).trim().max(max, `不能超过 ${max} 个字`).nullable().optional();
const ZVersion = z.number({ error: '版本号必须是数字' }).int().min(1);
const ZAttachmentIds = z.array(ZId).max(50, '附件不能超过50个');

export const ZDisclosureCategory = z.enum(DISCLOSURE_CATEGORY_CODES as [string, ...string[]], {
  error: '公开类别只能是决策、执行、管理、服务或结果公开',
});
export const ZBoardRhythm = z.enum(BOARD_RHYTHMS, { error: '更新周期只能是每月或每季度' });
/** 《政府信息公开条例》第二十六条: the limit in working days, per catalogue item. */
export const ZTimeLimitDays = z
  .number({ error: '时限必须是数字' })
  .int('时限必须是整数')
  .min(1, '时限至少1个工作日')
  .max(60, '时限不能超过60个工作日');

// ── Catalogue (公开目录) ─────────────────────────────────────────────────────
export const ZCatalogItem = z.object({
  id: z.string(),
  code: z.string().nullable(),
  titleZh: z.string(),
  titleEn: z.string().nullable(),
  category: z.string(),
  legalBasis: z.string(),
  timeLimitDays: z.number(),
  responsibleOrgId: z.string().nullable(),
  responsibleOrgName: z.string().nullable(),
  description: z.string().nullable(),
  sortOrder: z.number(),
  isStatutory: z.boolean(),
  version: z.number(),
  abilities: zAbilities(['update', 'delete']),
});
export type CatalogItem = z.infer<typeof ZCatalogItem>;

export const ZCatalogItemInput = z
  .object({
    titleZh: text(200),
    category: ZDisclosureCategory,
    legalBasis: text(300),
    timeLimitDays: ZTimeLimitDays,
    responsibleOrgId: ZId.nullable().optional(),
    description: optionalText(1000),
    sortOrder: z.number().int().min(0).max(100000).optional(),
  })
  .strict();
export type CatalogItemInput = z.infer<typeof ZCatalogItemInput>;
export const ZUpdateCatalogItemRequest = ZCatalogItemInput.partial().extend({ version: ZVersion }).strict();
export type UpdateCatalogItemRequest = z.infer<typeof ZUpdateCatalogItemRequest>;

// ── Publications (主动公开记录) ───────────────────────────────────────────────
export const ZPublicationStatus = z.enum(['pending', 'published'], { error: '状态只能是待公开或已公开' });
export const ZPublication = z.object({
  id: z.string(),
  orgId: z.string(),
  catalogItemId: z.string(),
  catalogItemTitle: z.string(),
  category: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  indexNumber: z.string().nullable(),
  docNumber: z.string().nullable(),
  formedOn: z.string(),
  publishedOn: z.string().nullable(),
  channels: z.array(z.string()),
  status: ZPublicationStatus,
  timeLimitDays: z.number(),
  dueDate: z.string(),
  dueExplanationZh: z.string(),
  isProvisional: z.boolean(),
  isLate: z.boolean().nullable(),
  workingDaysLate: z.number().nullable(),
  publicFileIds: z.array(z.string()),
  version: z.number(),
  createdAt: z.string(),
  abilities: zAbilities(['update', 'delete']),
  /** The steps of its workflow the caller may take now (workflow.ts): 'publish' while 待公开. */
  allowedSteps: z.array(z.enum(PUBLICATION_STEPS)),
});
export type Publication = z.infer<typeof ZPublication>;
export const ZPublicationDetail = ZPublication.extend({ files: z.array(ZFile) });
export type PublicationDetail = z.infer<typeof ZPublicationDetail>;

const publicationFields = {
  catalogItemId: ZId,
  orgId: ZId.optional(),
  title: text(300),
  summary: optionalText(2000),
  indexNumber: optionalText(100),
  docNumber: optionalText(100),
  formedOn: ZDateOfRecord,
  /** Null or absent: registered as 待公开 (information formed, not yet published). */
  publishedOn: ZDateOfRecord.nullable().optional(),
  channels: z.array(z.string().trim().min(1).max(50)).max(10, '公开渠道不能超过10个').optional(),
  attachmentIds: ZAttachmentIds.optional(),
  /** The attachments the public may download (the published file); each must be among the attachments. */
  publicFileIds: ZAttachmentIds.optional(),
};
export const ZPublicationInput = z.object(publicationFields).strict();
export type PublicationInput = z.infer<typeof ZPublicationInput>;
export const ZUpdatePublicationRequest = z.object(publicationFields).partial().extend({ version: ZVersion }).strict();
export type UpdatePublicationRequest = z.infer<typeof ZUpdatePublicationRequest>;

export const ZPublicationListQuery = z
  .object({
    ...pageQueryFields(),
    q: z.string().trim().max(100).optional(),
    catalogItemId: ZId.optional(),
    category: ZDisclosureCategory.optional(),
    status: ZPublicationStatus.optional(),
    isLate: z.enum(['true', 'false']).optional(),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    orgId: ZId.optional(),
  })
  .strict();
export type PublicationListQuery = z.infer<typeof ZPublicationListQuery>;

// ── Notice boards (公开栏) ────────────────────────────────────────────────────
export const ZBulletinBoard = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  orgKind: z.string(),
  name: z.string(),
  location: z.string().nullable(),
  rhythm: ZBoardRhythm,
  sinceOn: z.string(),
  lastUpdatedOn: z.string().nullable(),
  currentPeriodKey: z.string(),
  isCurrentPeriodUpdated: z.boolean(),
  missingPeriods: z.array(z.object({ key: z.string(), labelZh: z.string() })),
  version: z.number(),
  abilities: zAbilities(['update', 'recordUpdate']),
});
export type BulletinBoard = z.infer<typeof ZBulletinBoard>;
export const ZBulletinBoardList = z.object({
  boards: z.array(ZBulletinBoard),
  /** Villages / the township without a board yet: the page offers to add one. */
  orgsWithoutBoard: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
});
export const ZBulletinBoardInput = z
  .object({
    orgId: ZId,
    name: text(100).optional(),
    location: optionalText(200),
    rhythm: ZBoardRhythm.optional(),
  })
  .strict();
export type BulletinBoardInput = z.infer<typeof ZBulletinBoardInput>;
export const ZUpdateBulletinBoardRequest = z
  .object({
    name: text(100).optional(),
    location: optionalText(200),
    rhythm: ZBoardRhythm.optional(),
    version: ZVersion,
  })
  .strict();
export type UpdateBulletinBoardRequest = z.infer<typeof ZUpdateBulletinBoardRequest>;

export const ZBoardUpdate = z.object({
  id: z.string(),
  boardId: z.string(),
  orgId: z.string(),
  updatedOn: z.string(),
  periodKey: z.string(),
  contentSummary: z.string(),
  files: z.array(ZFile),
  createdAt: z.string(),
  abilities: zAbilities(['delete']),
});
export type BoardUpdate = z.infer<typeof ZBoardUpdate>;
export const ZBoardUpdateInput = z
  .object({
    updatedOn: ZDateOfRecord,
    contentSummary: text(2000),
    attachmentIds: ZAttachmentIds.optional(),
  })
  .strict();
export type BoardUpdateInput = z.infer<typeof ZBoardUpdateInput>;

// ── Village affairs / party affairs disclosure (村务公开、党务公开) ─────────────
export const ZVillageDisclosureKind = z.enum(['villageAffairs', 'partyAffairs'], { error: '类型只能是村务公开或党务公开' });
export const ZPeriodKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, '期间格式应为 2026-03（月）或 2026-Q1（季度）');
export const ZVillageDisclosure = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  kind: ZVillageDisclosureKind,
  periodKey: z.string(),
  periodLabelZh: z.string(),
  disclosedOn: z.string(),
  contentSummary: z.string(),
  files: z.array(ZFile),
  version: z.number(),
  createdAt: z.string(),
  abilities: zAbilities(['delete']),
});
export type VillageDisclosure = z.infer<typeof ZVillageDisclosure>;
export const ZVillageDisclosureInput = z
  .object({
    orgId: ZId,
    kind: ZVillageDisclosureKind,
    periodKey: ZPeriodKey,
    disclosedOn: ZDateOfRecord,
    contentSummary: text(2000),
    attachmentIds: ZAttachmentIds.optional(),
  })
  .strict();
export type VillageDisclosureInput = z.infer<typeof ZVillageDisclosureInput>;
export const ZVillageDisclosureListQuery = z
  .object({
    orgId: ZId.optional(),
    kind: ZVillageDisclosureKind.optional(),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    ...pageQueryFields(50),
  })
  .strict();
export type VillageDisclosureListQuery = z.infer<typeof ZVillageDisclosureListQuery>;

// ── The disclosure guide's settings (政府信息公开指南, 条例第十二条) ──────────
export const ZGuideSettings = z.object({
  officeName: z.string(),
  address: z.string(),
  officeHours: z.string(),
  phone: z.string(),
  fax: z.string().nullable(),
  email: z.string().nullable(),
  onlineContact: z.string().nullable(),
  postalCode: z.string().nullable(),
  feesNote: z.string().nullable(),
  extraNote: z.string().nullable(),
  version: z.number(),
  abilities: zAbilities(['update']),
});
export type GuideSettings = z.infer<typeof ZGuideSettings>;
export const ZGuideSettingsInput = z
  .object({
    officeName: text(100),
    address: text(200),
    officeHours: text(200),
    phone: text(50),
    fax: optionalText(50),
    email: optionalText(100),
    onlineContact: optionalText(200),
    postalCode: optionalText(10),
    feesNote: optionalText(1000),
    extraNote: optionalText(2000),
    version: ZVersion,
  })
  .strict();
export type GuideSettingsInput = z.infer<typeof ZGuideSettingsInput>;

// ── Answers and queries of the remaining routes ─────────────────────────────────
const ZYear = z.coerce.number().int().min(2000).max(2100);
/** `townshipId` is for callers above townships (county reviewers); township users get their own. */
export const ZGuideSettingsQuery = z.object({ townshipId: ZId.optional() }).strict();
export const ZDisclosureFactsQuery = z.object({ year: ZYear, townshipId: ZId.optional() }).strict();
export const ZBoardListQuery = z.object({ year: ZYear.optional() }).strict();
export const ZBoardUpdates = z.object({
  board: ZBulletinBoard.pick({ id: true, name: true, rhythm: true, orgId: true, abilities: true }),
  items: z.array(ZBoardUpdate),
});
export type BoardUpdates = z.infer<typeof ZBoardUpdates>;
/** The year's proactive-disclosure figures (条例第五十条 (一)), as disclosure-report's DisclosureActivityFacts. */
export const ZDisclosureActivityFacts = z.object({
  publications: z.number(),
  latePublications: z.number(),
  byCategory: z.record(z.string(), z.number()),
  byChannel: z.record(z.string(), z.number()),
  boardUpdates: z.number(),
  villageAffairsDisclosures: z.number(),
  partyAffairsDisclosures: z.number(),
});
