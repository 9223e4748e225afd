import { type ComplianceResult } from '@yifa/domain';
import { missingPeriods, periodOfKey, type BoardRhythm } from '@yifa/domain/proactive-disclosure';
import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { z } from 'zod';
import type { ComplianceRule } from '../../platform/compliance/registry.ts';
import { pdBulletinBoards, pdBulletinBoardUpdates, pdPublications, pdVillageDisclosures } from './tables.ts';

const ZMaxMissing = z
  .object({
    maxMissingPeriods: z
      .number({ error: '必须是数字' })
      .int({ error: '必须是整数' })
      .min(0, { error: '不能为负数' })
      .max(12, { error: '不能超过12' }),
  })
  .strict();

/**
 * Every notice board (the township's and each village's) updated in every period of its rhythm
 * that has ended. Evidence: the board's updates; the detail lists the missing periods.
 */
export const boardUpdatedEveryPeriodRule: ComplianceRule<z.infer<typeof ZMaxMissing>> = {
  code: 'proactive-disclosure.board-updated-every-period',
  module: 'proactive-disclosure',
  titleZh: '公开栏按期更新',
  titleEn: 'Notice boards updated every period',
  legalBasis:
    '《村民委员会组织法》第三十条（村务一般事项至少每季度公布一次，财务收支较多的每月公布一次）；' +
    '《政府信息公开条例》第二十四条（公开查阅场所、公告栏等渠道）、第五十二条（未及时更新公开内容由上级责令改正）。',
  paramsSchema: ZMaxMissing,
  defaultParams: { maxMissingPeriods: 0 },
  appliesTo: ['township', 'village'],
  async evaluate(db, { townshipId, year, params, orgs, today }) {
    const ids = orgs.map((o) => o.id);
    const boards = await db
      .select()
      .from(pdBulletinBoards)
      .where(and(eq(pdBulletinBoards.townshipId, townshipId), inArray(pdBulletinBoards.orgId, ids), isNull(pdBulletinBoards.deletedAt)));
    const updates =
      boards.length === 0
        ? []
        : await db
            .select({ id: pdBulletinBoardUpdates.id, boardId: pdBulletinBoardUpdates.boardId, updatedOn: pdBulletinBoardUpdates.updatedOn })
            .from(pdBulletinBoardUpdates)
            .where(
              and(
                inArray(
                  pdBulletinBoardUpdates.boardId,
                  boards.map((b) => b.id),
                ),
                isNull(pdBulletinBoardUpdates.deletedAt),
                gte(pdBulletinBoardUpdates.updatedOn, `${year}-01-01`),
                lte(pdBulletinBoardUpdates.updatedOn, `${year}-12-31`),
              ),
            )
            .orderBy(asc(pdBulletinBoardUpdates.updatedOn));
    return orgs.map((org): ComplianceResult => {
      const board = boards.find((b) => b.orgId === org.id);
      if (!board) {
        return {
          orgId: org.id,
          status: 'notMet',
          actual: null,
          target: params.maxMissingPeriods,
          detailZh: `${org.name}尚未设立公开栏`,
          evidence: [{ labelZh: '公开栏', link: '/proactive-disclosure/boards' }],
        };
      }
      const mine = updates.filter((u) => u.boardId === board.id);
      const { due, missing } = missingPeriods({
        year,
        rhythm: board.rhythm as BoardRhythm,
        since: board.sinceOn,
        today,
        updates: mine.map((u) => u.updatedOn),
      });
      const evidence = [
        { labelZh: `${board.name}更新记录（${year}年${mine.length}次）`, link: `/proactive-disclosure/boards/${board.id}` },
      ];
      if (due.length === 0) {
        return {
          orgId: org.id,
          status: 'notApplicable',
          actual: null,
          target: params.maxMissingPeriods,
          detailZh: `${year}年尚无已结束的更新周期`,
          evidence,
        };
      }
      return {
        orgId: org.id,
        status: missing.length <= params.maxMissingPeriods ? 'met' : 'notMet',
        actual: missing.length,
        target: params.maxMissingPeriods,
        detailZh:
          missing.length === 0
            ? `${year}年已结束的${due.length}个周期均已更新`
            : `${year}年已结束的${due.length}个周期中，${missing.length}个未更新：${missing.map((p) => p.labelZh).join('、')}`,
        evidence,
      };
    });
  },
};

const ZMaxLate = z
  .object({
    maxLate: z
      .number({ error: '必须是数字' })
      .int({ error: '必须是整数' })
      .min(0, { error: '不能为负数' })
      .max(1000, { error: '不能超过1000' }),
  })
  .strict();

/**
 * Publications within their limit (条例第二十六条), per responsible office: published late in the
 * year, or still unpublished past a due date of the year. Evidence: each late record.
 */
export const publicationsWithinLimitRule: ComplianceRule<z.infer<typeof ZMaxLate>> = {
  code: 'proactive-disclosure.publications-within-limit',
  module: 'proactive-disclosure',
  titleZh: '主动公开信息在规定时限内公开',
  titleEn: 'Information published within its time limit',
  legalBasis:
    '《政府信息公开条例》第二十六条（自信息形成或者变更之日起20个工作日内公开，法律法规另有规定的除外；公开目录可规定更短时限）。',
  paramsSchema: ZMaxLate,
  defaultParams: { maxLate: 0 },
  appliesTo: ['township', 'department', 'village'],
  async evaluate(db, { townshipId, year, params, orgs, today }) {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const rows = await db
      .select({
        id: pdPublications.id,
        orgId: pdPublications.orgId,
        title: pdPublications.title,
        publishedOn: pdPublications.publishedOn,
        dueDate: pdPublications.dueDate,
        isLate: pdPublications.isLate,
        workingDaysLate: pdPublications.workingDaysLate,
      })
      .from(pdPublications)
      .where(
        and(
          eq(pdPublications.townshipId, townshipId),
          inArray(
            pdPublications.orgId,
            orgs.map((o) => o.id),
          ),
          isNull(pdPublications.deletedAt),
          or(
            and(gte(pdPublications.publishedOn, from), lte(pdPublications.publishedOn, to)),
            and(isNull(pdPublications.publishedOn), gte(pdPublications.dueDate, from), lte(pdPublications.dueDate, to)),
          ),
        ),
      )
      .orderBy(asc(pdPublications.dueDate));
    return orgs.map((org): ComplianceResult => {
      const mine = rows.filter((r) => r.orgId === org.id && (r.publishedOn !== null || r.dueDate < today));
      if (mine.length === 0)
        return {
          orgId: org.id,
          status: 'notApplicable',
          actual: null,
          target: params.maxLate,
          detailZh: `${year}年无应公开的信息`,
          evidence: [],
        };
      const late = mine.filter((r) => r.isLate === true || (r.publishedOn === null && r.dueDate < today));
      return {
        orgId: org.id,
        status: late.length <= params.maxLate ? 'met' : 'notMet',
        actual: late.length,
        target: params.maxLate,
        detailZh:
          late.length === 0
            ? `${year}年${mine.length}条信息均在时限内公开`
            : `${year}年${mine.length}条信息中，${late.length}条逾期公开或逾期未公开`,
        evidence: late.map((r) => ({
          labelZh: r.publishedOn ? `${r.title}（逾期${r.workingDaysLate ?? 0}个工作日公开）` : `${r.title}（${r.dueDate}到期，尚未公开）`,
          link: `/proactive-disclosure/publications/${r.id}`,
        })),
      };
    });
  },
};

const ZVillageParams = z
  .object({
    rhythm: z.enum(['monthly', 'quarterly'], { error: '周期只能是 monthly 或 quarterly' }),
  })
  .strict();

/**
 * 村务公开 every period (per village): 《村民委员会组织法》第三十条, at least every quarter by default
 * (monthly where the township requires it). A monthly record covers its quarter.
 */
export const villageAffairsEveryPeriodRule: ComplianceRule<z.infer<typeof ZVillageParams>> = {
  code: 'proactive-disclosure.village-affairs-every-period',
  module: 'proactive-disclosure',
  titleZh: '村务按期公开',
  titleEn: 'Village affairs disclosed every period',
  legalBasis: '《村民委员会组织法》第三十条（一般事项至少每季度公布一次；集体财务往来较多的，财务收支情况应当每月公布一次）。',
  paramsSchema: ZVillageParams,
  defaultParams: { rhythm: 'quarterly' },
  appliesTo: ['village'],
  async evaluate(db, { townshipId, year, params, orgs, today }) {
    const rows = await db
      .select({ id: pdVillageDisclosures.id, orgId: pdVillageDisclosures.orgId, periodKey: pdVillageDisclosures.periodKey })
      .from(pdVillageDisclosures)
      .where(
        and(
          eq(pdVillageDisclosures.townshipId, townshipId),
          inArray(
            pdVillageDisclosures.orgId,
            orgs.map((o) => o.id),
          ),
          isNull(pdVillageDisclosures.deletedAt),
          eq(pdVillageDisclosures.kind, 'villageAffairs'),
          eq(pdVillageDisclosures.year, year),
        ),
      );
    const rhythm = params.rhythm;
    return orgs.map((org): ComplianceResult => {
      const mine = rows.filter((r) => r.orgId === org.id);
      const { due, missing } = missingPeriods({
        year,
        rhythm,
        since: `${year}-01-01`,
        today,
        updates: mine.map((r) => periodOfKey(r.periodKey).start),
      });
      const evidence = [
        {
          labelZh: `${org.name}村务公开记录（${year}年${mine.length}条）`,
          link: `/proactive-disclosure/village-disclosures?orgId=${org.id}&year=${year}`,
        },
      ];
      if (due.length === 0)
        return { orgId: org.id, status: 'notApplicable', actual: null, target: 0, detailZh: `${year}年尚无已结束的公开周期`, evidence };
      return {
        orgId: org.id,
        status: missing.length === 0 ? 'met' : 'notMet',
        actual: due.length - missing.length,
        target: due.length,
        detailZh:
          missing.length === 0
            ? `${year}年已结束的${due.length}个周期均已公开村务`
            : `${year}年未公开村务的周期：${missing.map((p) => p.labelZh).join('、')}`,
        evidence,
      };
    });
  },
};

export const PROACTIVE_DISCLOSURE_RULES = [boardUpdatedEveryPeriodRule, publicationsWithinLimitRule, villageAffairsEveryPeriodRule];
