import { z } from 'zod';
import { zAbilities } from '../platform/abilities.ts';
import { REVIEW_KIND_CODES, type ReviewKind } from '../disclosure-request/outcomes.ts';
import type { Violation } from './check-consistency.ts';
import type { Table3Evidence, Table4Evidence } from './compute-tables.ts';
import type { NarrativeSections } from './draft-narrative.ts';
import type { DisclosureActivityFacts } from './facts.ts';
import { TABLE3_COLUMNS, TABLE3_ROWS, TABLE4_CELLS, type Table2, type Table3, type Table3Row, type Table4 } from './report-format.ts';

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
              .multipleOf(0.0001, '最多四位小数（精确到元）'),
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

// ── Answers ──

const ZTable3 = z.record(
  z.enum(TABLE3_ROWS.map((r) => r.key) as [Table3Row, ...Table3Row[]]),
  z.record(z.enum(TABLE3_COLUMNS), z.number()),
) satisfies z.ZodType<Table3>;
const ZTable4 = z.record(
  z.enum(REVIEW_KIND_CODES as [ReviewKind, ...ReviewKind[]]),
  z.record(z.enum(TABLE4_CELLS), z.number()),
) satisfies z.ZodType<Table4>;
// Answers are described, not re-validated: what was stored passed ZTable2 when it was saved.
const n = z.number();
const ZTable2Answer = z.object({
  art20_1: z.object({
    regulations: z.object({ issued: n, abolished: n, effective: n }),
    normativeDocs: z.object({ issued: n, abolished: n, effective: n }),
  }),
  art20_5: z.object({ adminLicense: z.object({ decisions: n }) }),
  art20_6: z.object({ adminPenalty: z.object({ decisions: n }), adminCompulsion: z.object({ decisions: n }) }),
  art20_8: z.object({ adminFee: z.object({ amountWanYuan: n }) }),
}) satisfies z.ZodType<Table2>;
const ZCounts = z.record(z.string(), z.record(z.string(), z.number()));

const ZCellRef = z.discriminatedUnion('table', [
  z.object({ table: z.literal('table2'), path: z.string() }),
  z.object({ table: z.literal('table3'), row: z.string(), column: z.enum(TABLE3_COLUMNS) }),
  z.object({ table: z.literal('table4'), row: z.string(), column: z.string() }),
]);
export const ZViolation = z.object({
  rule: z.union(
    [1, 2, 3, 4, 5, 6, 7, 8].map((n) => z.literal(n)) as [z.ZodLiteral<Violation['rule']>, ...z.ZodLiteral<Violation['rule']>[]],
  ),
  severity: z.enum(['error', 'warning']),
  messageZh: z.string(),
  cells: z.array(ZCellRef),
}) satisfies z.ZodType<Violation>;

const ZActivity = z.object({
  publications: z.number(),
  latePublications: z.number(),
  byCategory: z.record(z.string(), z.number()),
  byChannel: z.record(z.string(), z.number()),
  boardUpdates: z.number(),
  villageAffairsDisclosures: z.number(),
  partyAffairsDisclosures: z.number(),
}) satisfies z.ZodType<DisclosureActivityFacts>;

/** What the caller may do with the year's report (policy.ts decides: permission, scope, state). */
export const ZReportAbilities = zAbilities(['save', 'publish', 'export']);

/** The annual report of one township and year as the API returns it (GET /api/disclosure-reports/:year). */
export const ZDisclosureReportView = z.object({
  townshipId: z.string(),
  townshipName: z.string(),
  year: z.number(),
  /** none: nothing saved yet (the page shows the computed tables and a drafted narrative). */
  status: z.enum(['none', 'draft', 'published']),
  version: z.number().nullable(),
  table2: ZTable2Answer,
  /** Table 2 is entered by hand until the normative-document and enforcement modules provide it. */
  table2Source: z.literal('manual'),
  table3: ZTable3,
  table4: ZTable4,
  /** Per cell, how many records stand behind it (the ids come from the evidence route). */
  evidenceCounts: z.object({ table3: ZCounts, table4: ZCounts }),
  narrative: z.object({ overview: z.string(), problems: z.string(), other: z.string() }) satisfies z.ZodType<NarrativeSections>,
  /** The narrative is the generated draft, not yet saved by staff. */
  narrativeIsDraft: z.boolean(),
  activity: ZActivity.nullable(),
  violations: z.array(ZViolation),
  anomalies: z.array(z.object({ id: z.string(), number: z.string(), reasonZh: z.string() })),
  previousCarriedForward: z
    .object({ source: z.enum(['published', 'computed']), values: z.record(z.enum(TABLE3_COLUMNS), z.number()) })
    .nullable(),
  crossYearExplanation: z.string().nullable(),
  /** ISO timestamp. */
  publishedAt: z.string().nullable(),
  /** Address of the published report on the public site. */
  publicUrl: z.string().nullable(),
  abilities: ZReportAbilities,
  /** The steps of workflow.ts open now ('publish' also when only a rule-5 explanation is missing: the dialog asks for it). */
  allowedSteps: z.array(z.enum(['save', 'publish'])),
});
export type DisclosureReportView = z.infer<typeof ZDisclosureReportView>;

/** One record behind a figure. */
export const ZEvidenceItem = z.object({
  id: z.string(),
  number: z.string(),
  description: z.string(),
  /** Path in the web app, e.g. /disclosure-requests/<id>; empty when the record is gone. */
  link: z.string(),
});
export type EvidenceItem = z.infer<typeof ZEvidenceItem>;

/** A report as published: every figure and the records behind it, frozen on the day of publication (stored, not answered). */
export interface PublishedReport {
  townshipName: string;
  year: number;
  table2: Table2;
  table3: Table3;
  table4: Table4;
  evidence3: Table3Evidence;
  evidence4: Table4Evidence;
  narrative: NarrativeSections;
  activity: DisclosureActivityFacts | null;
  /** Warnings at publication (errors block it), and the rule-5 explanation if one was given. */
  violations: Violation[];
  publishedOn: string;
}
