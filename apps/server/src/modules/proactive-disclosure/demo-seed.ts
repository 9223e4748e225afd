import { addDays } from '@yifa/domain/calendar';
import { periodKeyOf, periodOfKey, publicationTiming } from '@yifa/domain/proactive-disclosure';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/write-audit.ts';
import { loadCalendar } from '../../platform/calendar/calendar-service.ts';
import { todayInChina } from '../../platform/calendar/today.ts';
import { upsertDeadline } from '../../platform/deadlines/index.ts';
import type { Tx } from '../../platform/db/client.ts';
import { orgsOfTownship } from '../organisation/index.ts';
import {
  pdBulletinBoards,
  pdBulletinBoardUpdates,
  pdCatalogItems,
  pdGuideSettings,
  pdPublications,
  pdVillageDisclosures,
} from './tables.ts';

const RESPONSIBLE: Record<string, string> = {
  'art20-01': '党政综合办公室',
  'art20-02': '党政综合办公室',
  'art20-03': '党政综合办公室',
  'art20-04': '财政所',
  'art20-05': '社会事务办公室',
  'art20-06': '综合行政执法队',
  'art20-07': '财政所',
  'art20-08': '财政所',
  'art20-09': '财政所',
  'art20-10': '党政综合办公室',
  'art20-11': '社会事务办公室',
  'art20-12': '应急管理办公室',
  'art20-13': '应急管理办公室',
  'art20-14': '党政综合办公室',
  'art20-15': '司法所',
  'art21-01': '党政综合办公室',
  'art21-02': '党政综合办公室',
  'art21-03': '党政综合办公室',
  'art21-04': '党政综合办公室',
  'art21-05': '党政综合办公室',
  'art21-06': '党政综合办公室',
  'art21-07': '财政所',
  'art21-08': '社会事务办公室',
};

/** [catalogue code, title, doc number or null, days from formation to publication (working-ish), summary] */
const PUBLICATIONS: [string, string, string | null, number, string][] = [
  [
    'art20-01',
    '关于印发《笔架山乡村庄规划管理办法》的通知',
    '笔政发〔2026〕1号',
    2,
    '规范村庄建设规划许可、农房建设管理的乡级规范性文件。',
  ],
  ['art20-01', '关于进一步加强森林防火工作的通知', '笔政发〔2026〕3号', 2, '明确森林防火期、野外用火管理和各村责任人。'],
  ['art20-01', '关于调整乡人民政府领导班子成员工作分工的通知', '笔政发〔2026〕5号', 6, '因人事变动调整班子成员分工。'],
  ['art20-02', '笔架山乡人民政府机构职能及联系方式', null, 5, '乡人民政府内设机构、职能、办公地址、办公时间和联系电话。'],
  ['art20-03', '笔架山乡2026年国民经济和社会发展计划', null, 12, '2026年全乡经济社会发展主要目标和重点工作。'],
  ['art20-04', '笔架山乡2025年统计公报', null, 15, '2025年全乡人口、农业、工业和社会事业主要统计数据。'],
  ['art20-05', '便民服务中心办事指南（2026年版）', null, 8, '社保、民政、计生等事项的办理依据、条件、程序和时限。'],
  ['art20-06', '综合行政执法事项清单及执法流程', null, 10, '乡综合行政执法队承接的执法事项、依据和流程。'],
  ['art20-07', '笔架山乡2026年部门预算公开', null, 18, '2026年乡本级一般公共预算收支情况。'],
  ['art20-07', '笔架山乡2025年部门决算公开', null, 26, '2025年乡本级决算收支、“三公”经费情况。'],
  ['art20-08', '行政事业性收费项目目录', null, 4, '本乡涉及的收费项目、依据和标准。'],
  ['art20-09', '2026年政府集中采购目录执行情况', null, 14, '上半年集中采购项目和执行情况。'],
  ['art20-10', '乡村道路提质改造工程批复及实施进度', null, 9, '县道连接线提质改造项目批复情况和施工进度。'],
  ['art20-11', '2026年城乡居民医疗保险参保缴费公告', null, 3, '参保缴费标准、时间和办理地点。'],
  ['art20-11', '2026年春风行动就业招聘信息', null, 5, '辖区企业用工需求和就业帮扶政策。'],
  ['art20-11', '城乡低保、特困人员救助供养政策解读', null, 7, '申请条件、程序及保障标准。'],
  ['art20-12', '笔架山乡防汛抗旱应急预案（2026年修订）', null, 11, '防汛抗旱组织体系、预警分级和响应措施。'],
  ['art20-12', '关于做好强降雨防范应对工作的预警通知', null, 1, '6月强降雨过程的预警信息和防范要求。'],
  ['art20-13', '2026年上半年安全生产检查情况通报', null, 13, '上半年安全生产大检查发现问题及整改情况。'],
  ['art20-13', '农村集体聚餐食品安全检查情况', null, 30, '农村集体聚餐备案和食品安全指导检查情况。'],
  ['art20-14', '2026年乡镇机关公开招聘工作人员公告', null, 4, '招聘岗位、名额、报考条件和时间安排。'],
  ['art20-15', '“八五”普法总结及2026年普法责任清单', null, 10, '“谁执法谁普法”普法责任清单。'],
  ['art21-01', '2026年耕地地力保护补贴发放情况', null, 16, '各村耕地地力保护补贴面积和发放金额。'],
  ['art21-02', '高标准农田建设项目实施情况', null, 19, '高标准农田建设项目地点、规模和建设进度。'],
  ['art21-03', '农村土地承包经营权流转情况（上半年）', null, 12, '全乡土地流转面积、流转方式和合同签订情况。'],
  ['art21-04', '农村宅基地使用审核情况（第二季度）', null, 8, '第二季度宅基地申请、审核和批准情况。'],
  ['art21-05', '县道扩建项目集体土地征收补偿安置方案', null, 20, '征收范围、补偿标准和安置方式。'],
  ['art21-06', '集镇改造房屋征收补偿方案征求意见', null, 7, '征收范围、补偿方式及征求意见时间。'],
  ['art21-07', '2026年村级公益事业“一事一议”筹资筹劳情况', null, 24, '各村一事一议项目、筹资筹劳标准和使用情况。'],
  ['art21-08', '2026年第二季度临时救助发放情况', null, 6, '临时救助对象人数和发放金额（已去除个人信息）。'],
  ['art21-08', '2026年第三季度城乡低保动态调整情况', null, 9, '低保新增、退出户数和保障金发放情况（已去除个人信息）。'],
];

const demoOrg = (org: { name: string }, name: string) => org.name === name;

/**
 * The demo township's records (docs/modules.md seedDemo): a year of publications across the
 * catalogue (a few late), board updates for every village (one village missing two months),
 * village and party affairs disclosures, and the guide's settings.
 */
export async function seedProactiveDisclosureDemo(tx: Tx, townshipId: string, actor: Actor): Promise<void> {
  const today = todayInChina();
  const cal = await loadCalendar(tx);
  const children = await orgsOfTownship(tx, townshipId);
  const byName = (name: string) => children.find((o) => demoOrg(o, name))?.id ?? null;
  const items = await tx
    .select()
    .from(pdCatalogItems)
    .where(and(eq(pdCatalogItems.townshipId, townshipId), isNull(pdCatalogItems.deletedAt)));
  for (const item of items) {
    const responsible = item.code ? byName(RESPONSIBLE[item.code] ?? '') : null;
    // A local catalogue's shorter limit: government documents within 3 working days (rules.md §1c, 国办发〔2019〕54号 practice).
    const timeLimitDays = item.code === 'art20-01' ? 3 : item.timeLimitDays;
    await tx.update(pdCatalogItems).set({ responsibleOrgId: responsible, timeLimitDays }).where(eq(pdCatalogItems.id, item.id));
  }
  const itemOf = (code: string) => items.find((i) => i.code === code)!;
  const limitOf = (code: string) => (code === 'art20-01' ? 3 : itemOf(code).timeLimitDays);

  // A year of publications, spread over the twelve months before today; days 1..30 after formation.
  const rows: (typeof pdPublications.$inferInsert)[] = PUBLICATIONS.map(([code, title, docNumber, delay, summary], i) => {
    const formedOn = addDays(today, -350 + i * 11);
    let publishedOn: string | null = addDays(formedOn, delay);
    if (publishedOn > today) publishedOn = null;
    const t = publicationTiming(cal, { formedOn, timeLimitDays: limitOf(code), publishedOn });
    const orgId = byName(RESPONSIBLE[code] ?? '') ?? townshipId;
    return {
      townshipId,
      orgId,
      catalogItemId: itemOf(code).id,
      title,
      summary,
      docNumber,
      indexNumber: `43090320-${formedOn.slice(0, 4)}-${String(i + 1).padStart(4, '0')}`,
      formedOn,
      publishedOn,
      channels: publishedOn ? (i % 3 === 0 ? ['portal', 'bulletinBoard'] : i % 3 === 1 ? ['portal', 'wechat'] : ['portal']) : [],
      timeLimitDays: limitOf(code),
      dueDate: t.dueDate,
      dueExplanationZh: t.explanation.textZh,
      isProvisional: t.isProvisional,
      isLate: t.isLate,
      workingDaysLate: t.workingDaysLate,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    };
  });
  await tx.insert(pdPublications).values(rows);
  // One still to publish (待公开), formed a few days ago: an open deadline on the workbench (条例第二十六条).
  const pendingFormed = addDays(today, -3);
  const pt = publicationTiming(cal, { formedOn: pendingFormed, timeLimitDays: 20, publishedOn: null });
  const [pending] = await tx
    .insert(pdPublications)
    .values({
      townshipId,
      orgId: byName('党政综合办公室') ?? townshipId,
      catalogItemId: itemOf('art21-01').id,
      title: '2026年晚稻生产补贴发放方案',
      summary: '晚稻生产补贴对象、标准和发放程序。',
      docNumber: null,
      indexNumber: null,
      formedOn: pendingFormed,
      publishedOn: null,
      channels: [],
      timeLimitDays: 20,
      dueDate: pt.dueDate,
      dueExplanationZh: pt.explanation.textZh,
      isProvisional: pt.isProvisional,
      isLate: null,
      workingDaysLate: null,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    })
    .returning();
  await upsertDeadline(tx, actor, {
    townshipId,
    orgId: pending!.orgId,
    module: 'proactive-disclosure',
    kind: 'publish',
    entityType: 'proactivePublication',
    entityId: pending!.id,
    title: `主动公开：${pending!.title}`,
    link: `/proactive-disclosure/publications/${pending!.id}`,
    assigneeId: null,
    rule: { basis: 'workingDays', days: 20, startDate: pendingFormed, startLabelZh: '信息形成或变更' },
  });

  // Board updates: every month of the past year for each board; the second village skips two months.
  const boards = await tx
    .select()
    .from(pdBulletinBoards)
    .where(and(eq(pdBulletinBoards.townshipId, townshipId), isNull(pdBulletinBoards.deletedAt)));
  const villages = children.filter((o) => o.kind === 'village' || o.kind === 'community').map((o) => o.id);
  const lagging = villages[1] ?? null;
  const startMonth = periodOfKey(periodKeyOf(addDays(today, -330), 'monthly')).start;
  await tx
    .update(pdBulletinBoards)
    .set({ sinceOn: startMonth })
    .where(
      inArray(
        pdBulletinBoards.id,
        boards.map((b) => b.id),
      ),
    );
  const updates: (typeof pdBulletinBoardUpdates.$inferInsert)[] = [];
  for (const board of boards) {
    for (let m = 0; m < 12; m++) {
      const monthStart = periodOfKey(periodKeyOf(addDays(startMonth, m * 31), 'monthly'));
      const updatedOn = addDays(monthStart.start, 4 + (m % 5));
      if (updatedOn > today) break;
      if (board.orgId === lagging && (m === 7 || m === 8)) continue;
      updates.push({
        townshipId,
        orgId: board.orgId,
        boardId: board.id,
        updatedOn,
        contentSummary:
          board.orgId === townshipId
            ? `${monthStart.labelZh}政务公开：政策文件、财政收支、民生项目进展`
            : `${monthStart.labelZh}村务公开：财务收支明细、惠农补贴发放、村级事务`,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      });
    }
  }
  if (updates.length) await tx.insert(pdBulletinBoardUpdates).values(updates);

  // Village and party affairs: every ended quarter of this year for every village.
  const year = Number(today.slice(0, 4));
  const disclosures: (typeof pdVillageDisclosures.$inferInsert)[] = [];
  for (const [vi, orgId] of villages.entries()) {
    for (const q of [1, 2, 3, 4]) {
      const period = periodOfKey(`${year}-Q${q}`);
      const disclosedOn = addDays(period.end, 3);
      if (disclosedOn > today) break;
      disclosures.push({
        townshipId,
        orgId,
        kind: 'villageAffairs',
        periodKey: period.key,
        year,
        disclosedOn,
        contentSummary: `${period.labelZh}村级财务收支、集体资产资源、惠农补贴和低保名单公示`,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      });
      if (vi % 2 === 0 || q !== 3) {
        disclosures.push({
          townshipId,
          orgId,
          kind: 'partyAffairs',
          periodKey: period.key,
          year,
          disclosedOn,
          contentSummary: `${period.labelZh}党费收缴、发展党员、主题党日活动情况`,
          createdBy: actor.userId,
          updatedBy: actor.userId,
        });
      }
    }
  }
  if (disclosures.length) await tx.insert(pdVillageDisclosures).values(disclosures);

  await tx
    .update(pdGuideSettings)
    .set({
      officeName: '笔架山乡党政综合办公室（政务公开办公室）',
      address: '湖南省益阳市赫山区笔架山乡人民政府院内一楼',
      postalCode: '413000',
      officeHours: '工作日上午8:30—12:00，下午14:30—17:30（法定节假日除外）',
      phone: '0737-0000000（演示号码）',
      fax: '0737-0000001（演示号码）',
      email: 'bjszwgk@example.cn',
      onlineContact: '本站“政府信息公开申请”栏目',
      extraNote: '本指南内容为演示数据。',
    })
    .where(eq(pdGuideSettings.townshipId, townshipId));
}
