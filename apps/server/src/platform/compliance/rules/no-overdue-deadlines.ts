import { type ComplianceResult, type MaxOverdueParams, ZMaxOverdueParams } from '@yifa/domain';
import { formatDateZh } from '@yifa/domain/calendar';
import { and, asc, gte, inArray, isNull, lte, ne } from 'drizzle-orm';
import { deadlines } from '../../deadlines/tables.ts';
import type { ComplianceRule } from '../registry.ts';

const ZParams = ZMaxOverdueParams;
type Params = MaxOverdueParams;

/**
 * No statutory deadline falling in the year is left open past its due date. The deadlines are the
 * ones modules store through upsertDeadline, each with its own legal basis; an org with no deadline
 * due in the year is "not applicable". Overdue = still open and due before today.
 */
export const noOverdueDeadlinesRule: ComplianceRule<Params> = {
  code: 'platform.no-overdue-deadlines',
  module: 'platform',
  titleZh: '法定期限内办结，无逾期未办事项',
  titleEn: 'No statutory deadline left overdue',
  legalBasis:
    '各模块登记的法定期限，如《政府信息公开条例》第三十三条（20个工作日，可延长不超过20个工作日）、' +
    '《行政复议法》第四十八条、第六十二条、《信访工作条例》第三十四条（60日，可延长不超过30日）；' +
    '期间计算依《民事诉讼法》第八十五条及国务院办公厅当年节假日安排通知。',
  paramsSchema: ZParams,
  defaultParams: { maxOverdue: 0 },
  appliesTo: ['township', 'department', 'village'],
  async evaluate(db, { townshipId, year, params, orgs, today }) {
    const rows = await db
      .select({
        id: deadlines.id,
        orgId: deadlines.orgId,
        title: deadlines.title,
        link: deadlines.link,
        dueDate: deadlines.dueDate,
        status: deadlines.status,
      })
      .from(deadlines)
      .where(
        and(
          inArray(
            deadlines.orgId,
            orgs.map((o) => o.id),
          ),
          inArray(deadlines.townshipId, [townshipId]),
          isNull(deadlines.deletedAt),
          ne(deadlines.status, 'cancelled'),
          gte(deadlines.dueDate, `${year}-01-01`),
          lte(deadlines.dueDate, `${year}-12-31`),
        ),
      )
      .orderBy(asc(deadlines.dueDate));
    return orgs.map((org): ComplianceResult => {
      const mine = rows.filter((r) => r.orgId === org.id);
      const overdue = mine.filter((r) => r.status === 'open' && r.dueDate !== null && r.dueDate < today);
      if (mine.length === 0) {
        return {
          orgId: org.id,
          status: 'notApplicable',
          actual: null,
          target: params.maxOverdue,
          detailZh: `${year}年无到期的法定期限`,
          evidence: [],
        };
      }
      const isMet = overdue.length <= params.maxOverdue;
      return {
        orgId: org.id,
        status: isMet ? 'met' : 'notMet',
        actual: overdue.length,
        target: params.maxOverdue,
        detailZh:
          overdue.length === 0
            ? `${year}年到期的${mine.length}项法定期限均未逾期`
            : `${year}年到期的${mine.length}项法定期限中，${overdue.length}项逾期未办结`,
        evidence: overdue.map((r) => ({ labelZh: `${r.title}（截止${formatDateZh(r.dueDate!)}）`, link: r.link ?? `/deadlines/${r.id}` })),
      };
    });
  },
};
