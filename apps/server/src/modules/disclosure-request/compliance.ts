import { formatDateZh, type ComplianceResult } from '@yifa/domain';
import { and, gte, inArray, isNull, lte, ne, or } from 'drizzle-orm';
import { z } from 'zod';
import type { ComplianceRule } from '../../platform/compliance/registry.ts';
import { disclosureRequests } from './tables.ts';

const ZParams = z.object({
  maxOverdue: z.number({ error: '数量必须是数字' }).int({ error: '数量必须是整数' }).min(0, { error: '不能为负数' }).max(1000, { error: '不能超过1000' }),
}).strict();
type Params = z.infer<typeof ZParams>;

/**
 * Every application for information answered in time (《政府信息公开条例》第三十三条: 20 working days, once
 * extended by at most 20, consultation time not counted), per office that handles them. Measured on the
 * requests whose reply was due in the year: late = answered after the due date, or still open past it.
 * Requests closed as 逾期不补正 (第三十条) have no reply to give and are left out.
 */
export const repliesInTimeRule: ComplianceRule<Params> = {
  code: 'disclosure-request.replies-in-time',
  module: 'disclosure-request',
  titleZh: '依申请公开均在法定期限内答复',
  titleEn: 'Every application for information answered in time',
  legalBasis: '《中华人民共和国政府信息公开条例》第三十三条（收到申请之日起20个工作日内答复，经负责人同意可延长不超过20个工作日；征求第三方和其他机关意见所需时间不计算在内）',
  paramsSchema: ZParams,
  defaultParams: { maxOverdue: 0 },
  appliesTo: ['township', 'department'],
  async evaluate(db, { townshipId, year, params, orgs, today }) {
    const rows = await db.select({ id: disclosureRequests.id, orgId: disclosureRequests.orgId, number: disclosureRequests.number,
      replyDueOn: disclosureRequests.replyDueOn, closedOn: disclosureRequests.closedOn }).from(disclosureRequests)
      .where(and(inArray(disclosureRequests.townshipId, [townshipId]), inArray(disclosureRequests.orgId, orgs.map((o) => o.id)), isNull(disclosureRequests.deletedAt),
        gte(disclosureRequests.replyDueOn, `${year}-01-01`), lte(disclosureRequests.replyDueOn, `${year}-12-31`),
        or(isNull(disclosureRequests.outcome), ne(disclosureRequests.outcome, 'other_noCorrection'))));
    return orgs.map((org): ComplianceResult => {
      const mine = rows.filter((r) => r.orgId === org.id);
      if (mine.length === 0) return { orgId: org.id, status: 'notApplicable', actual: null, target: params.maxOverdue, detailZh: `${year}年无到期的依申请公开答复`, evidence: [] };
      const late = mine.filter((r) => (r.closedOn ? r.closedOn > r.replyDueOn! : r.replyDueOn! < today));
      return {
        orgId: org.id, status: late.length <= params.maxOverdue ? 'met' : 'notMet', actual: late.length, target: params.maxOverdue,
        detailZh: late.length === 0 ? `${year}年到期的${mine.length}件申请均按期答复` : `${year}年到期的${mine.length}件申请中，${late.length}件逾期答复或逾期未答复`,
        evidence: late.map((r) => ({ labelZh: `${r.number}（答复期限${formatDateZh(r.replyDueOn!)}${r.closedOn ? `，${formatDateZh(r.closedOn)}答复` : '，尚未答复'}）`,
          link: `/disclosure-requests/${r.id}` })),
      };
    });
  },
};
