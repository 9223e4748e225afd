import { listZh, townshipWordZh } from '@yifa/domain';
import { type Ledger, type Quarter } from '@yifa/domain/law-study';
import { renderOfficialDocx, renderWorkbook, type DocBlock } from '../../platform/documents/index.ts';

/** 通报: "将学法情况和考试成绩进行通报" (2021 report). The period's name in Chinese. */
export function periodName(year: number, quarter: Quarter | null): string {
  return quarter ? `${year}年第${'一二三四'[quarter - 1]}季度` : `${year}年度`;
}

const fmt = (n: number | null) => (n === null ? '—' : String(n));
/**
 * The Word bulletin names the top of the ranking and everyone who falls short; the full per-cadre
 * table travels as its Excel attachment (a 300-row table in Word is unreadable, and slow to set).
 */
const TOP = 10;
export const BULLETIN_ATTACHMENT = '干部学法学时和考试成绩明细表';

/** The bulletin's text, exported for its test. */
export function bulletinBlocks(ledger: Ledger, townshipName: string, period: string, targetNote: string): DocBlock[] {
  const short = ledger.people.filter((p) => p.isShort);
  const totalPeople = ledger.people.length;
  const sat = ledger.people.filter((p) => p.examsTaken > 0);
  const passed = ledger.people.filter((p) => p.examsTaken > 0 && p.examsPassed === p.examsTaken);
  const absent = ledger.people.filter((p) => p.examsAbsent > 0);
  // 全乡 / 全镇 / 全街道: as the township calls itself.
  const word = townshipWordZh(townshipName);
  const avg = totalPeople ? Math.round((ledger.people.reduce((s, p) => s + p.totalHours, 0) / totalPeople) * 10) / 10 : 0;
  return [
    { kind: 'paragraph', text: `根据干部学法用法制度和本${word}法治政府建设承诺，现将${period}干部学法学时和考试成绩通报如下。` },
    { kind: 'heading', level: 1, text: '总体情况' },
    {
      kind: 'paragraph',
      text: `${period}全${word}共开展集体学法活动${ledger.sessionCount}次，组织学法考试${ledger.examCount}场。纳入统计的干部${totalPeople}人，人均学法${avg}学时；${targetNote}，达标${totalPeople - short.length}人，未达标${short.length}人。`,
    },
    ...(ledger.examCount
      ? [
          {
            kind: 'paragraph' as const,
            text: `本期参加学法考试${sat.length}人，全部及格${passed.length}人；缺考${absent.length}人${absent.length ? `（${listZh(absent.slice(0, 20).map((p) => p.name))}${absent.length > 20 ? '等' : ''}）` : ''}。`,
          },
        ]
      : []),
    { kind: 'heading', level: 1, text: '各单位学法情况' },
    {
      kind: 'table',
      columns: ['排名', '单位', '人数', '总学时', '人均学时', '未达标人数', '考试平均分'],
      columnWidths: [1, 3, 1, 1.5, 1.5, 1.5, 1.5],
      rows: ledger.orgs.map((o) => [o.rank, o.orgName, o.peopleCount, o.totalHours, o.averageHours, o.shortCount, fmt(o.averageScore)]),
    },
    { kind: 'heading', level: 1, text: '学时排名' },
    { kind: 'paragraph', text: `学时排名前${Math.min(TOP, totalPeople)}名的干部如下，全体干部的学时和考试成绩见附件。` },
    {
      kind: 'table',
      columns: ['排名', '姓名', '单位', '集体学法', '自学', '合计', '考试平均分'],
      columnWidths: [1, 1.5, 2.5, 1.2, 1.2, 1.2, 1.4],
      rows: ledger.people
        .slice(0, TOP)
        .map((p) => [p.rank, p.name, p.orgName, p.sessionHours, p.selfStudyHours, p.totalHours, fmt(p.averageScore)]),
    },
    { kind: 'heading', level: 1, text: '未达标人员' },
    short.length
      ? {
          kind: 'table',
          columns: ['姓名', '单位', '已完成学时', '应达学时', '差额', '缺席次数'],
          columnWidths: [1.5, 3, 1.5, 1.5, 1.2, 1.2],
          rows: short.map((p) => [p.name, p.orgName, p.totalHours, p.targetHours, p.shortfallHours, p.sessionsMissed]),
        }
      : { kind: 'paragraph', text: '本期全部干部均已达到学时要求。' },
    { kind: 'heading', level: 1, text: '工作要求' },
    {
      kind: 'paragraph',
      text: `请未达标人员在下一阶段通过集体学法、网络学法等方式补足学时；各单位要严格落实学法制度，如实登记学法情况。${townshipName}将继续定期通报学法情况和考试成绩。`,
    },
  ];
}

export async function renderBulletinDocx(
  ledger: Ledger,
  townshipName: string,
  year: number,
  quarter: Quarter | null,
  today: string,
  targetNote: string,
): Promise<Buffer> {
  const period = periodName(year, quarter);
  return renderOfficialDocx({
    title: `关于${period}干部学法情况的通报`,
    recipients: '各站所、各村（社区）',
    issuer: townshipName,
    date: today,
    attachments: [BULLETIN_ATTACHMENT],
    blocks: bulletinBlocks(ledger, townshipName, period, targetNote),
  });
}

export async function renderBulletinXlsx(ledger: Ledger, year: number, quarter: Quarter | null): Promise<Buffer> {
  const period = periodName(year, quarter);
  return renderWorkbook({
    sheets: [
      {
        name: '个人学时',
        title: `${period}干部学法学时和考试成绩`,
        columns: [
          { header: '排名', key: 'rank', width: 6 },
          { header: '姓名', key: 'name', width: 10 },
          { header: '单位', key: 'orgName', width: 18 },
          { header: '集体学法学时', key: 'sessionHours' },
          { header: '自学学时', key: 'selfStudyHours' },
          { header: '合计学时', key: 'totalHours' },
          { header: '应达学时', key: 'targetHours' },
          { header: '是否达标', key: 'isMet' },
          { header: '缺席次数', key: 'sessionsMissed' },
          { header: '参考次数', key: 'examsTaken' },
          { header: '及格次数', key: 'examsPassed' },
          { header: '缺考次数', key: 'examsAbsent' },
          { header: '平均分', key: 'averageScore' },
        ],
        rows: ledger.people.map((p) => ({
          rank: p.rank,
          name: p.name,
          orgName: p.orgName,
          sessionHours: p.sessionHours,
          selfStudyHours: p.selfStudyHours,
          totalHours: p.totalHours,
          targetHours: p.targetHours,
          isMet: p.isShort ? '未达标' : '达标',
          sessionsMissed: p.sessionsMissed,
          examsTaken: p.examsTaken,
          examsPassed: p.examsPassed,
          examsAbsent: p.examsAbsent,
          averageScore: p.averageScore,
        })),
      },
      {
        name: '单位汇总',
        title: `${period}各单位学法情况`,
        columns: [
          { header: '排名', key: 'rank', width: 6 },
          { header: '单位', key: 'orgName', width: 18 },
          { header: '人数', key: 'peopleCount' },
          { header: '总学时', key: 'totalHours' },
          { header: '人均学时', key: 'averageHours' },
          { header: '未达标人数', key: 'shortCount' },
          { header: '考试平均分', key: 'averageScore' },
        ],
        rows: ledger.orgs.map((o) => ({
          rank: o.rank,
          orgName: o.orgName,
          peopleCount: o.peopleCount,
          totalHours: o.totalHours,
          averageHours: o.averageHours,
          shortCount: o.shortCount,
          averageScore: o.averageScore,
        })),
      },
    ],
  });
}
