import { townshipWordZh } from '@yifa/domain';
import { townshipOf } from '../organisation/index.ts';
import type { ReportSection } from '../../platform/modules.ts';
import type { DataScope } from '../../platform/scope/data-scope.ts';
import { dutyItemsWithState } from './duty-item-states.ts';
import { loadLookups } from './lookups.ts';
import { activitiesOfYear } from './repository.ts';
import { summarise } from './summary.ts';

/**
 * 法治政府建设年度报告 (rules.md §5): the publicity paragraph with the year's figures, as the 2021
 * township report words it (宪法宣传、主题宣传月、“谁执法谁普法”、法律“六进”、广播/LED/网络), and a
 * table by venue type.
 */
export const publicityReportSection: ReportSection = {
  report: 'ruleOfLawAnnual',
  order: 30,
  titleZh: '强化法治宣传教育',
  async build(db, { townshipId, year }) {
    const wide: DataScope = { kind: 'township', userId: '', townshipId, townshipIds: [townshipId], orgIds: null, isReadOnly: true };
    const activities = await activitiesOfYear(db, wide, townshipId, year);
    const lk = await loadLookups(db, townshipId, { campaignIds: activities.flatMap((a) => (a.campaignId ? [a.campaignId] : [])) });
    const s = summarise(activities, lk, year);
    const duty = (await dutyItemsWithState(db, wide, townshipId, year, undefined, `${year}-12-31`)).map((l) => l.item);
    const offices = new Set(duty.map((d) => d.orgId)).size;
    const done = duty.filter((d) => d.state === 'done').length;
    const townshipName = (await townshipOf(db, townshipId))?.name ?? '';
    const channels = s.byChannel
      .slice(0, 3)
      .map((g) => g.labelZh)
      .join('、');
    const campaigns = s.byCampaign
      .slice(0, 4)
      .map((g) => `“${g.labelZh.replace(/^\d{4}年/, '')}”`)
      .join('、');
    const text =
      s.totals.activities === 0
        ? `${year}年未登记普法活动。`
        : `${year}年，全${townshipWordZh(townshipName)}共开展普法活动${s.totals.activities}次，受众${s.totals.people}人次，发放宣传资料${s.totals.materials}份，` +
          `覆盖${s.totals.villagesReached}个村（社区）（共${s.totals.villages}个）。${campaigns ? `认真组织开展${campaigns}等主题宣传活动；` : ''}` +
          `落实“谁执法谁普法”普法责任制，${offices}个单位制定普法责任清单${duty.length}项，已落实${done}项；` +
          `扎实推进法律进机关、进乡村、进社区、进学校、进企业、进单位活动${channels ? `，借助${channels}等渠道加大宣传力度` : ''}` +
          `${s.totals.caseExplained ? `；结合典型案例开展以案释法${s.totals.caseExplained}次` : ''}。`;
    return [
      { kind: 'paragraph', text },
      {
        kind: 'table',
        caption: `${year}年普法活动统计（按场所类型）`,
        columns: ['场所类型', '活动次数', '受众人数', '发放资料（份）'],
        rows: [
          ...s.byVenueType.map((g) => [g.labelZh, g.activities, g.people, g.materials]),
          ['合计', s.totals.activities, s.totals.people, s.totals.materials],
        ],
      },
    ];
  },
};
