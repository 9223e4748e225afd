import { z } from 'zod';

// zod contracts of the disclosure-report module (政府信息公开工作年度报告): request schemas are .strict().

const count = z.number({ error: '请填写数字' }).int('应为整数').min(0, '不能为负数').max(10_000_000, '数值过大');
const triple = z.object({ issued: count, abolished: count, effective: count }).strict();

/** Table 2 as staff enter it (the figures of the enforcement and document modules until those exist). */
export const ZTable2 = z
  .object({
    art20_1: z.object({ regulations: triple, normativeDocs: triple }).strict(),
    art20_5: z.object({ adminLicense: z.object({ decisions: count }).strict() }).strict(),
    art20_6: z
      .object({ adminPenalty: z.object({ decisions: count }).strict(), adminCompulsion: z.object({ decisions: count }).strict() })
      .strict(),
    // 万元, may be a decimal (four places: one yuan).
    art20_8: z
      .object({
        adminFee: z
          .object({
            amountWanYuan: z
              .number({ error: '请填写数字' })
              .min(0, '不能为负数')
              .max(1_000_000, '数值过大')
              .refine((v) => Math.round(v * 10_000) === v * 10_000, '最多四位小数（精确到元）'),
          })
          .strict(),
      })
      .strict(),
  })
  .strict();

const narrativeText = z.string().max(20_000, '内容过长（最多 20000 字）');
export const ZNarrative = z.object({ overview: narrativeText, problems: narrativeText, other: narrativeText }).strict();

export const ZReportYearParams = z
  .object({ year: z.coerce.number().int().min(2019, '年度不早于2019年（现行条例施行）').max(2100) })
  .strict();
export const ZReportQuery = z.object({ townshipId: z.uuid().optional() }).strict();

export const ZSaveReportRequest = z
  .object({
    /** The version read; null when the year has no saved report yet. */
    version: z.number().int().min(1).nullable(),
    table2: ZTable2,
    narrative: ZNarrative,
  })
  .strict();

export const ZPublishReportRequest = z
  .object({
    version: z.number().int().min(1),
    /**
     * Last year's report is published and cannot change: when this year's carry-over differs from it
     * (rule 5), staff may publish anyway only by explaining why (e.g. a correction of last year's figure).
     */
    crossYearExplanation: z.string().trim().min(10, '请说明与上年度报告结转数不一致的原因（至少 10 字）').max(2000).optional(),
  })
  .strict();

export const ZEvidenceQuery = z
  .object({
    townshipId: z.uuid().optional(),
    table: z.enum(['table3', 'table4']),
    row: z.string().max(64),
    column: z.string().max(64),
  })
  .strict();

export type SaveReportRequest = z.infer<typeof ZSaveReportRequest>;
export type PublishReportRequest = z.infer<typeof ZPublishReportRequest>;
export type EvidenceQuery = z.infer<typeof ZEvidenceQuery>;

/** One record behind a figure. */
export interface EvidenceItem {
  id: string;
  number: string;
  description: string;
  /** Path in the web app, e.g. /disclosure-requests/<id>. */
  link: string;
}
