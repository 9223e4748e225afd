import { type ComplianceResult } from '@yifa/domain';
import { formatDateZh } from '@yifa/domain/calendar';
import { constitutionWeekWindow, dutyItemState, isDayWithin, quarterOfDay } from '@yifa/domain/publicity';
import { and, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { ComplianceRule } from '../../platform/compliance/registry.ts';
import { activityDatesByDutyItem } from './repository.ts';
import { publicityActivities, publicityCampaigns, publicityDutyItems } from './tables.ts';

const DUTY_BASIS =
  '《关于实行国家机关“谁执法谁普法”普法责任制的意见》（中共中央办公厅、国务院办公厅，2017年）：各机关制定普法责任清单，' +
  '明确普法内容、对象、措施和时间，并按清单落实；《中华人民共和国法治宣传教育法》（2025年11月1日施行）将“谁执法谁普法”普法责任制写入法律。';
const QUARTER_ZH = ['', '一', '二', '三', '四'];
const quarterEnd = (year: number, q: number) => `${year}-${['03-31', '06-30', '09-30', '12-31'][q - 1]}`;

const ZVillageParams = z
  .object({
    minPerYear: z
      .number({ error: '次数必须是数字' })
      .int({ error: '次数必须是整数' })
      .min(1, { error: '至少1次' })
      .max(100, { error: '不能超过100次' }),
    eachQuarter: z.boolean({ error: '须为是或否' }),
  })
  .strict();

/**
 * Each village (community) is reached by publicity at least `minPerYear` times a year, and — with
 * `eachQuarter` — in every quarter that has ended. Default 4 and every quarter: no national number
 * exists (rules.md §6); once a quarter is the rhythm of the township's own plan (the four national
 * days 4·15, 6·26, 12·4 and the year-round campaigns fall in different quarters) and of the
 * quarterly coverage matrix; a township changes it on the compliance page.
 */
export const villageReachedRule: ComplianceRule<z.infer<typeof ZVillageParams>> = {
  code: 'publicity.village-reached',
  module: 'publicity',
  titleZh: '普法活动覆盖每个村（社区），每季度至少一次',
  titleEn: 'Publicity reaches every village, at least once a quarter',
  legalBasis:
    '《中共中央、国务院转发〈中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021—2025年）〉的通知》：' +
    '深入开展法治乡村建设，推进法律进乡村、进社区；次数为乡镇年度普法工作计划指标（非法定数字），可在合规设置中调整。',
  paramsSchema: ZVillageParams,
  defaultParams: { minPerYear: 4, eachQuarter: true },
  appliesTo: ['village'],
  async evaluate(db, { townshipId, year, params, orgs, today }) {
    const rows = await db
      .select({ villageId: publicityActivities.villageId, date: publicityActivities.date })
      .from(publicityActivities)
      .where(
        and(
          eq(publicityActivities.townshipId, townshipId),
          inArray(
            publicityActivities.villageId,
            orgs.map((o) => o.id),
          ),
          isNull(publicityActivities.deletedAt),
          gte(publicityActivities.date, `${year}-01-01`),
          lte(publicityActivities.date, `${year}-12-31`),
        ),
      );
    const endedQuarters = [1, 2, 3, 4].filter((q) => quarterEnd(year, q) < today);
    return orgs.map((org): ComplianceResult => {
      const dates = rows.filter((r) => r.villageId === org.id).map((r) => r.date);
      const missing = params.eachQuarter ? endedQuarters.filter((q) => !dates.some((d) => quarterOfDay(d) === q)) : [];
      const isMet = dates.length >= params.minPerYear && missing.length === 0;
      const gap = missing.length ? `，第${missing.map((q) => QUARTER_ZH[q]).join('、')}季度未开展` : '';
      return {
        orgId: org.id,
        status: isMet ? 'met' : 'notMet',
        actual: dates.length,
        target: params.minPerYear,
        detailZh: `${year}年在${org.name}开展普法活动${dates.length}次${dates.length < params.minPerYear ? `，少于${params.minPerYear}次` : ''}${gap}`,
        evidence: [{ labelZh: `${org.name}${year}年普法活动`, link: `/publicity/activities?villageId=${org.id}&year=${year}` }],
      };
    });
  },
};

const ZDutyParams = z
  .object({
    maxMissed: z
      .number({ error: '数量必须是数字' })
      .int({ error: '数量必须是整数' })
      .min(0, { error: '不能为负数' })
      .max(100, { error: '不能超过100' }),
  })
  .strict();

/**
 * Every office has a duty list for the year and carries out each line in its planned months (an
 * activity linked to the line). A line whose period has not ended yet does not count against it.
 */
export const dutyListCarriedOutRule: ComplianceRule<z.infer<typeof ZDutyParams>> = {
  code: 'publicity.duty-list-carried-out',
  module: 'publicity',
  titleZh: '制定普法责任清单并逐项落实（谁执法谁普法）',
  titleEn: 'Duty list drawn up and every item carried out',
  legalBasis: DUTY_BASIS,
  paramsSchema: ZDutyParams,
  defaultParams: { maxMissed: 0 },
  appliesTo: ['department'],
  async evaluate(db, { townshipId, year, params, orgs, today }) {
    const items = await db
      .select()
      .from(publicityDutyItems)
      .where(
        and(
          eq(publicityDutyItems.townshipId, townshipId),
          eq(publicityDutyItems.year, year),
          inArray(
            publicityDutyItems.orgId,
            orgs.map((o) => o.id),
          ),
          isNull(publicityDutyItems.deletedAt),
        ),
      );
    const dates = await activityDatesByDutyItem(
      db,
      items.map((i) => i.id),
    );
    return orgs.map((org): ComplianceResult => {
      const mine = items.filter((i) => i.orgId === org.id);
      const link = `/publicity/duties?year=${year}&orgId=${org.id}`;
      if (mine.length === 0) {
        return {
          orgId: org.id,
          status: 'notMet',
          actual: 0,
          target: null,
          detailZh: `${org.name}未制定${year}年普法责任清单`,
          evidence: [{ labelZh: `${org.name}${year}年普法责任清单`, link }],
        };
      }
      const states = mine.map((i) => ({
        item: i,
        state: dutyItemState(
          i,
          (dates.get(i.id) ?? []).map((d) => d.date),
          today,
        ),
      }));
      const missed = states.filter((s) => s.state === 'missed');
      const done = states.filter((s) => s.state === 'done');
      return {
        orgId: org.id,
        status: missed.length <= params.maxMissed ? 'met' : 'notMet',
        actual: done.length,
        target: mine.length,
        detailZh: `${org.name}${year}年普法责任清单${mine.length}项，已落实${done.length}项${missed.length ? `，逾期未落实${missed.length}项` : ''}`,
        evidence: [
          { labelZh: `${org.name}${year}年普法责任清单`, link },
          ...done.flatMap((s) =>
            (dates.get(s.item.id) ?? [])
              .slice(0, 1)
              .map((d) => ({ labelZh: `落实活动：${s.item.laws}（${formatDateZh(d.date)}）`, link: `/publicity/activities/${d.id}` })),
          ),
        ],
      };
    });
  },
};

const ZWeekParams = z
  .object({
    minActivities: z
      .number({ error: '次数必须是数字' })
      .int({ error: '次数必须是整数' })
      .min(1, { error: '至少1次' })
      .max(100, { error: '不能超过100次' }),
  })
  .strict();

/**
 * The township holds constitution-week publicity: at least `minActivities` activities inside the
 * window of its constitutionWeek campaign (1–7 December by default). Not applicable until the
 * window has passed without one (nothing to reproach before 4 December).
 */
export const constitutionWeekRule: ComplianceRule<z.infer<typeof ZWeekParams>> = {
  code: 'publicity.constitution-week',
  module: 'publicity',
  titleZh: '开展“宪法宣传周”活动（12月4日国家宪法日）',
  titleEn: 'Constitution week held (4 December)',
  legalBasis:
    '《全国人民代表大会常务委员会关于设立国家宪法日的决定》（2014年）：12月4日为国家宪法日，国家通过多种形式开展宪法宣传教育活动；' +
    '八五普法规划：组织开展“宪法宣传周”活动。',
  paramsSchema: ZWeekParams,
  defaultParams: { minActivities: 1 },
  appliesTo: ['township'],
  async evaluate(db, { townshipId, year, params, orgs, today }) {
    const campaigns = await db
      .select()
      .from(publicityCampaigns)
      .where(and(eq(publicityCampaigns.townshipId, townshipId), eq(publicityCampaigns.year, year), isNull(publicityCampaigns.deletedAt)));
    const window = constitutionWeekWindow(year, campaigns);
    const rows = await db
      .select({ id: publicityActivities.id, date: publicityActivities.date, title: publicityActivities.title })
      .from(publicityActivities)
      .where(
        and(
          eq(publicityActivities.townshipId, townshipId),
          isNull(publicityActivities.deletedAt),
          gte(publicityActivities.date, window.start),
          lte(publicityActivities.date, window.end),
        ),
      );
    const held = rows.filter((r) => isDayWithin(r.date, window.start, window.end));
    const span = `${formatDateZh(window.start)}至${formatDateZh(window.end)}`;
    const link = `/publicity/activities?from=${window.start}&to=${window.end}`;
    return orgs.map((org): ComplianceResult => {
      if (held.length >= params.minActivities) {
        return {
          orgId: org.id,
          status: 'met',
          actual: held.length,
          target: params.minActivities,
          detailZh: `宪法宣传周（${span}）开展活动${held.length}次`,
          evidence: [
            { labelZh: `宪法宣传周活动（${held.length}次）`, link },
            ...held.slice(0, 3).map((r) => ({ labelZh: `${r.title}（${formatDateZh(r.date)}）`, link: `/publicity/activities/${r.id}` })),
          ],
        };
      }
      if (today <= window.end) {
        return {
          orgId: org.id,
          status: 'notApplicable',
          actual: held.length,
          target: params.minActivities,
          detailZh: `宪法宣传周（${span}）尚未结束`,
          evidence: [{ labelZh: '宪法宣传周活动', link }],
        };
      }
      return {
        orgId: org.id,
        status: 'notMet',
        actual: held.length,
        target: params.minActivities,
        detailZh: `宪法宣传周（${span}）开展活动${held.length}次，少于${params.minActivities}次`,
        evidence: [{ labelZh: '宪法宣传周活动', link }],
      };
    });
  },
};

export const PUBLICITY_RULES = [villageReachedRule, dutyListCarriedOutRule, constitutionWeekRule];
