import type { publicityApi } from '@yifa/domain/publicity';
import { type QueryOf } from '@yifa/domain';
import { plannedPeriodZh } from '@yifa/domain/publicity';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { renderWorkbook, type WorkbookSheet } from '../../../platform/documents/index.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { dutyItemsWithState } from '../duty-item-states.ts';
import { labelOf, loadLookups } from '../lookups.ts';
import { activitiesOfYear } from '../repository.ts';
import { summarise } from '../summary.ts';

const STATE_ZH = { done: '已落实', pending: '未到期', missed: '未落实' } as const;

/**
 * 普法台账 of a year as an Excel workbook: every activity (one row each, as the county's 台账
 * templates list them), the totals by venue type and channel, and the duty lists with their state.
 * Only the activities in the caller's data scope (a village cadre gets their village's ledger).
 */
export async function exportLedger(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof publicityApi.ledger>,
): Promise<{ fileName: string; body: Buffer }> {
  const { db } = ctx;
  const { scope } = auth;
  const { year } = query;
  const townshipId = await resolveTownship(db, auth, query.townshipId, 'read');
  const activities = await activitiesOfYear(db, scope, townshipId, year);
  const lk = await loadLookups(db, townshipId, {
    campaignIds: activities.flatMap((a) => (a.campaignId ? [a.campaignId] : [])),
    dutyItemIds: activities.flatMap((a) => (a.dutyItemId ? [a.dutyItemId] : [])),
  });
  const township = lk.orgList.find((o) => o.kind === 'township')?.name ?? '';
  const summary = summarise(activities, lk, year, scope.orgIds);
  const duty = (await dutyItemsWithState(db, scope, townshipId, year)).map((l) => l.item);
  const groupSheet = (name: string, head: string, rows: typeof summary.byChannel): WorkbookSheet => ({
    name,
    title: `${township}${year}年普法活动统计（按${head}）`,
    columns: [
      { header: head, key: 'label', width: 24 },
      { header: '活动次数', key: 'activities' },
      { header: '受众人数', key: 'people', numFmt: '#,##0' },
      { header: '发放资料（份）', key: 'materials', numFmt: '#,##0' },
    ],
    rows: [
      ...rows.map((g) => ({ label: g.labelZh, activities: g.activities, people: g.people, materials: g.materials })),
      { label: '合计', activities: summary.totals.activities, people: summary.totals.people, materials: summary.totals.materials },
    ],
  });
  const sheets: WorkbookSheet[] = [
    {
      name: '普法活动台账',
      title: `${township}${year}年普法活动台账`,
      columns: [
        { header: '序号', key: 'n', width: 6 },
        { header: '日期', key: 'date', width: 12 },
        { header: '活动名称', key: 'title', width: 30 },
        { header: '主题活动', key: 'campaign', width: 22 },
        { header: '组织单位', key: 'org', width: 16 },
        { header: '场所类型', key: 'venue', width: 10 },
        { header: '村（社区）', key: 'village', width: 14 },
        { header: '宣传渠道', key: 'channel', width: 14 },
        { header: '宣传对象', key: 'audience', width: 12 },
        { header: '受众人数', key: 'people', width: 10 },
        { header: '发放资料（份）', key: 'materials', width: 10 },
        { header: '落实责任清单事项', key: 'duty', width: 24 },
        { header: '以案释法案例', key: 'case', width: 20 },
        { header: '活动内容', key: 'summary', width: 40 },
      ],
      rows: activities.map((a, i) => ({
        n: i + 1,
        date: a.date,
        title: a.title,
        campaign: a.campaignId ? (lk.campaigns.get(a.campaignId) ?? '') : '',
        org: lk.orgs.get(a.orgId)?.name ?? '',
        venue: labelOf(lk.venueType, a.venueType),
        village: a.villageId ? (lk.orgs.get(a.villageId)?.name ?? '') : '',
        channel: labelOf(lk.channel, a.channel),
        audience: a.audienceType ? labelOf(lk.audienceType, a.audienceType) : '',
        people: a.audienceCount,
        materials: a.materialsCount,
        duty: a.dutyItemId ? (lk.dutyItems.get(a.dutyItemId) ?? '') : '',
        case: a.caseReference ?? '',
        summary: a.summary ?? '',
      })),
      footnote: `共${summary.totals.activities}次活动，受众${summary.totals.people}人次，发放资料${summary.totals.materials}份；覆盖村（社区）${summary.totals.villagesReached}/${summary.totals.villages}个。`,
    },
    groupSheet('按场所类型', '场所类型', summary.byVenueType),
    groupSheet('按宣传渠道', '宣传渠道', summary.byChannel),
    {
      name: '普法责任清单落实',
      title: `${township}${year}年普法责任清单落实情况`,
      columns: [
        { header: '责任单位', key: 'org', width: 16 },
        { header: '宣传的法律法规', key: 'laws', width: 36 },
        { header: '宣传对象', key: 'audience', width: 20 },
        { header: '宣传措施', key: 'measures', width: 36 },
        { header: '计划时间', key: 'period', width: 16 },
        { header: '关联活动（次）', key: 'count', width: 10 },
        { header: '落实情况', key: 'state', width: 10 },
      ],
      rows: duty.map((d) => ({
        org: d.orgName,
        laws: d.laws,
        audience: d.audienceLabelsZh.join('、'),
        measures: d.measures,
        period: plannedPeriodZh(d.plannedMonths),
        count: d.activityCount,
        state: STATE_ZH[d.state],
      })),
    },
  ];
  return { fileName: `${township}${year}年普法台账.xlsx`, body: await renderWorkbook({ sheets }) };
}
