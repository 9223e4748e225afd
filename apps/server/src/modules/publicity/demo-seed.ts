import { and, eq, isNull } from 'drizzle-orm';
import { currentYearInChina, todayInChina } from '../../platform/calendar/today.ts';
import type { DemoSeeder } from '../../platform/seed/demo.ts';
import { townshipOrgs } from './repository.ts';
import { publicityActivities, publicityCampaigns, publicityDutyItems } from './tables.ts';
import { seedCampaigns } from './township-seed.ts';

/** 谁执法谁普法: what each default office of a township enforces and so publicises (demo lines). */
const DUTY_LINES: Record<string, [laws: string, audiences: string[], measures: string, months: number[]][]> = {
  司法所: [
    ['《中华人民共和国宪法》', ['cadres', 'villagers', 'students'], '宪法宣传周集中宣讲，进村入校开展宪法知识讲座', [12]],
    ['《中华人民共和国民法典》', ['villagers', 'elderly'], '民法典宣传月进村宣讲，结合婚姻家庭、相邻关系纠纷以案释法', [5]],
    ['《中华人民共和国人民调解法》', ['villagers'], '培训村（居）调解员，发放调解工作手册', [7, 8, 9]],
  ],
  综治中心: [
    [
      '《中华人民共和国反电信网络诈骗法》',
      ['villagers', 'elderly', 'migrants'],
      '广播、LED屏常态化播放反诈提示，春节前后面向返乡人员集中宣传',
      [1, 2, 3],
    ],
    ['《中华人民共和国反有组织犯罪法》', ['villagers'], '常态化扫黑除恶宣传，张贴通告、设置举报箱', [4, 5, 6]],
    ['《中华人民共和国国家安全法》', ['cadres', 'students'], '“4·15”全民国家安全教育日集中宣传', [4]],
  ],
  应急管理办公室: [
    ['《中华人民共和国安全生产法》', ['workers'], '“安全生产月”进企业宣讲，发放安全生产资料', [6]],
    ['《中华人民共和国消防法》', ['villagers', 'elderly'], '冬春火灾防控进村入户宣传', [11, 12]],
  ],
  综合行政执法队: [
    ['《中华人民共和国土地管理法》', ['villagers'], '农村乱占耕地建房问题整治宣传，执法过程中释法说理', [3, 4, 5, 6]],
    ['《中华人民共和国禁毒法》', ['students', 'villagers'], '“6·26”国际禁毒日进校园、进村宣传', [6]],
  ],
  财政所: [['《中华人民共和国预算法》', ['cadres'], '村级财务人员培训', [9]]],
  社会事务办公室: [['《中华人民共和国老年人权益保障法》', ['elderly'], '重阳节前后走访宣讲，防范养老诈骗', [10]]],
  党政综合办公室: [
    ['《中华人民共和国政府信息公开条例》', ['cadres', 'villagers'], '政务公开栏、政府网站公开，机关干部专题学习', [7, 8, 9]],
  ],
};

const CHANNELS = ['onsite', 'broadcast', 'led', 'online', 'print'];
const THEMES_BY_MONTH: Record<number, string> = { 4: 'nationalSecurity', 6: 'antiDrug', 12: 'constitutionWeek' };

/**
 * The demo township's publicity year: the national campaigns, a duty list per office, and for the
 * current year up to today activities in every village each quarter (the first two villages miss
 * the third quarter, so the compliance page shows a gap), office activities carrying out their
 * duty lines, and constitution-week activities when the week has come.
 */
export const seedPublicityDemo: DemoSeeder = async (tx, townshipId) => {
  const year = currentYearInChina();
  const today = todayInChina();
  await seedCampaigns(tx, townshipId, year);
  const campaigns = await tx
    .select()
    .from(publicityCampaigns)
    .where(and(eq(publicityCampaigns.townshipId, townshipId), eq(publicityCampaigns.year, year), isNull(publicityCampaigns.deletedAt)));
  const campaignOf = (theme: string) => campaigns.find((c) => c.theme === theme)?.id ?? null;
  const orgs = await townshipOrgs(tx, townshipId);
  const villages = orgs.filter((o) => o.kind === 'village' || o.kind === 'community');
  const byName = (n: string) => orgs.find((o) => o.name === n);

  const activities: (typeof publicityActivities.$inferInsert)[] = [];
  for (const [officeName, lines] of Object.entries(DUTY_LINES)) {
    const office = byName(officeName);
    if (!office) continue;
    const rows = await tx
      .insert(publicityDutyItems)
      .values(
        lines.map(([laws, audienceTypes, measures, plannedMonths]) => ({
          townshipId,
          orgId: office.id,
          year,
          laws,
          audienceTypes,
          measures,
          plannedMonths,
          responsible: officeName,
        })),
      )
      .returning();
    rows.forEach((item, i) => {
      // Carry out every line whose first planned month has passed, except the office's last one (a gap to show).
      const month = item.plannedMonths[0]!;
      const date = `${year}-${String(month).padStart(2, '0')}-${month === 12 ? '04' : '18'}`;
      if (date > today || (i === rows.length - 1 && rows.length > 1)) return;
      const village = villages[(i * 3 + month) % Math.max(villages.length, 1)];
      activities.push({
        townshipId,
        orgId: office.id,
        date,
        title: `${item.laws.replace(/《中华人民共和国|》|《/g, '')}宣传`,
        dutyItemId: item.id,
        campaignId: campaignOf(
          THEMES_BY_MONTH[month] ?? (item.laws.includes('诈骗') ? 'antiFraud' : item.laws.includes('有组织犯罪') ? 'antiGang' : ''),
        ),
        venueType: item.audienceTypes.includes('students')
          ? 'school'
          : item.audienceTypes.includes('workers')
            ? 'enterprise'
            : item.audienceTypes.includes('cadres')
              ? 'agency'
              : 'village',
        villageId: village?.id ?? null,
        channel: CHANNELS[i % CHANNELS.length]!,
        audienceType: item.audienceTypes[0]!,
        audienceCount: 40 + ((i * 37 + month * 11) % 160),
        materialsCount: 50 + ((i * 53 + month * 7) % 250),
        caseReference: officeName === '司法所' && month === 5 ? '某村王某与李某相邻通行纠纷调解案' : null,
        summary: item.measures,
      });
    });
  }
  const sfs = byName('司法所') ?? orgs[0]!;
  villages.forEach((v, vi) => {
    for (const q of [1, 2, 3, 4]) {
      if (q === 3 && vi < 2) continue;
      const month = q * 3 - 2 + (vi % 3);
      const date = `${year}-${String(month).padStart(2, '0')}-${String(5 + (vi % 20)).padStart(2, '0')}`;
      if (date > today) continue;
      activities.push({
        townshipId,
        orgId: vi % 2 ? v.id : sfs.id,
        date,
        title: `${v.name}${['平安建设', '国家安全', '禁毒', '反诈'][q - 1]}法治宣传`,
        campaignId: campaignOf(['safeTownship', 'nationalSecurity', 'antiDrug', 'antiFraud'][q - 1]!),
        venueType: v.kind === 'community' ? 'community' : 'village',
        villageId: v.id,
        channel: CHANNELS[(vi + q) % CHANNELS.length]!,
        audienceType: 'villagers',
        audienceCount: 30 + ((vi * 13 + q * 29) % 120),
        materialsCount: 20 + ((vi * 17 + q * 31) % 180),
        caseReference: null,
        summary: null,
      });
    }
  });
  const week = campaigns.find((c) => c.theme === 'constitutionWeek');
  if (week && week.startDate <= today) {
    activities.push({
      townshipId,
      orgId: sfs.id,
      date: week.startDate,
      title: '“宪法宣传周”集中宣传日活动',
      campaignId: week.id,
      venueType: 'agency',
      villageId: null,
      channel: 'onsite',
      audienceType: 'cadres',
      audienceCount: 120,
      materialsCount: 300,
      caseReference: null,
      summary: '机关干部宪法宣誓、宪法知识竞赛',
    });
  }
  if (activities.length) await tx.insert(publicityActivities).values(activities);
};
