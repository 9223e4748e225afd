import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { liveTownshipIdsSql } from '../organisation/index.ts';

/**
 * The laws a township starts its pick list with: the constitution first (《关于完善国家工作人员
 * 学法用法制度的意见》 puts it first), then the laws a township applies every day. A township
 * adds its own; seeding never touches an existing entry.
 */
export const DEFAULT_STUDY_LAWS = [
  '中华人民共和国宪法',
  '习近平法治思想',
  '中华人民共和国民法典',
  '中华人民共和国行政处罚法',
  '中华人民共和国行政许可法',
  '中华人民共和国行政强制法',
  '中华人民共和国行政复议法',
  '中华人民共和国行政诉讼法',
  '中华人民共和国法治宣传教育法',
  '中华人民共和国政府信息公开条例',
  '重大行政决策程序暂行条例',
  '中华人民共和国人民调解法',
  '信访工作条例',
  '中华人民共和国土地管理法',
  '中华人民共和国安全生产法',
  '中华人民共和国个人信息保护法',
];

export async function seedStudyLaws(db: DbOrTx, townshipId: string | 'all'): Promise<void> {
  const townships = townshipId === 'all' ? liveTownshipIdsSql() : sql`select ${townshipId}::uuid as id`;
  await db.execute(sql`
    insert into law_study_laws (township_id, org_id, name, sort_order)
    select t.id, t.id, d.name, d.sort_order
    from (${townships}) t
    cross join jsonb_to_recordset(${JSON.stringify(DEFAULT_STUDY_LAWS.map((name, i) => ({ name, sort_order: (i + 1) * 10 })))}::jsonb) as d(name text, sort_order int)
    where not exists (select 1 from law_study_laws l where l.township_id = t.id and l.name = d.name)`);
}
