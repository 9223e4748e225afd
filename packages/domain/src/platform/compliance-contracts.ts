/**
 * Compliance rules (合规规则, glossary `complianceRule`): machine-checked requirements such as
 * "≥ 6 study sessions a year", evaluated per org and year, each result linking to its evidence.
 * The rule objects (with their evaluate function) live on the server; these are the result and
 * settings shapes shared with the web app.
 */
import { z } from 'zod';

export const COMPLIANCE_STATUSES = {
  met: { zh: '达标', en: 'Met' },
  notMet: { zh: '未达标', en: 'Not met' },
  notApplicable: { zh: '不适用', en: 'Not applicable' },
} as const;
export type ComplianceStatus = keyof typeof COMPLIANCE_STATUSES;
export const ZComplianceStatus = z.enum(['met', 'notMet', 'notApplicable']);

/** Which org kinds a rule is evaluated for ('village' covers villages and communities). */
export const ZComplianceAppliesTo = z.enum(['township', 'department', 'village']);
export type ComplianceAppliesTo = z.infer<typeof ZComplianceAppliesTo>;

export const ZComplianceEvidence = z.object({ labelZh: z.string(), link: z.string() });
export type ComplianceEvidence = z.infer<typeof ZComplianceEvidence>;

/** One org's result for one rule and year, as a rule's `evaluate` returns it. */
export const ZComplianceResult = z.object({
  orgId: z.string(),
  status: ZComplianceStatus,
  actual: z.number().nullable(),
  target: z.number().nullable(),
  detailZh: z.string(),
  evidence: z.array(ZComplianceEvidence),
});
export type ComplianceResult = z.infer<typeof ZComplianceResult>;

export const ZComplianceYear = z.coerce
  .number({ error: '年份必须是数字' })
  .int({ error: '年份必须是整数' })
  .min(2000, { error: '年份不能早于2000年' })
  .max(2200, { error: '年份不能晚于2200年' });

export const ZComplianceQuery = z
  .object({
    year: ZComplianceYear.optional(),
    townshipId: z.uuid('编号格式不正确').optional(),
    ruleCode: z.string().trim().min(1).max(100).optional(),
    /** 'true': re-evaluate every township now instead of reading figures computed less than 10 minutes ago. */
    fresh: z.enum(['true', 'false'], { error: '只能是 true 或 false' }).optional(),
  })
  .strict();
export type ComplianceQuery = z.infer<typeof ZComplianceQuery>;

export const ZComplianceRuleInfo = z.object({
  code: z.string(),
  module: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  legalBasis: z.string(),
  appliesTo: z.array(ZComplianceAppliesTo),
});
export type ComplianceRuleInfo = z.infer<typeof ZComplianceRuleInfo>;

export const ZComplianceSummary = z.object({ met: z.number(), notMet: z.number(), notApplicable: z.number(), total: z.number() });
export type ComplianceSummary = z.infer<typeof ZComplianceSummary>;

/** One rule in one township: its settings for the year and the result of each org in the caller's scope. */
export const ZComplianceEvaluation = z.object({
  townshipId: z.string(),
  townshipName: z.string().nullable(),
  isEnabled: z.boolean(),
  params: z.unknown(),
  /** Set when the rule failed to evaluate (a defect to report), so one broken rule does not hide the others. */
  errorZh: z.string().nullable(),
  results: z.array(ZComplianceResult.extend({ orgName: z.string().nullable(), orgKind: z.string().nullable() })),
});
export type ComplianceEvaluation = z.infer<typeof ZComplianceEvaluation>;

export const ZComplianceReport = z.object({
  year: z.number(),
  rules: z.array(ZComplianceRuleInfo.extend({ evaluations: z.array(ZComplianceEvaluation) })),
  summary: ZComplianceSummary,
  /**
   * When the figures were computed (ISO; the oldest township's when several are shown). A view of
   * one township is evaluated on read (isLive); a view of several townships reads the figures kept
   * per township and year, recomputed when older than 10 minutes or on request (fresh=true).
   */
  computedAt: z.string(),
  isLive: z.boolean(),
});
export type ComplianceReport = z.infer<typeof ZComplianceReport>;

export const ZComplianceSettingsParams = z.object({ ruleCode: z.string().trim().min(1).max(100), year: ZComplianceYear }).strict();

export const ZComplianceSettingsQuery = z.object({ townshipId: z.uuid('编号格式不正确').optional() }).strict();

export const ZComplianceSettings = z.object({
  ruleCode: z.string(),
  year: z.number(),
  townshipId: z.string(),
  isEnabled: z.boolean(),
  params: z.unknown(),
  defaultParams: z.unknown(),
  /** False while the township has not saved settings for the year (the rule's defaults apply). */
  isSaved: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type ComplianceSettings = z.infer<typeof ZComplianceSettings>;

/** `params` is checked against the rule's own zod schema on the server. */
export const ZSaveComplianceSettingsRequest = z.object({ isEnabled: z.boolean(), params: z.record(z.string(), z.unknown()) }).strict();
export type SaveComplianceSettingsRequest = z.infer<typeof ZSaveComplianceSettingsRequest>;

/** The parameters of a "no more than N late" rule (replies in time, deadlines met): N, 0 by default. */
export const ZMaxOverdueParams = z
  .object({
    maxOverdue: z
      .number({ error: '数量必须是数字' })
      .int({ error: '数量必须是整数' })
      .min(0, { error: '不能为负数' })
      .max(1000, { error: '不能超过1000' }),
  })
  .strict();
export type MaxOverdueParams = z.output<typeof ZMaxOverdueParams>;
