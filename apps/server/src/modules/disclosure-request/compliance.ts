import { type ComplianceResult, type MaxOverdueParams, ZMaxOverdueParams } from '@yifa/domain';
import { formatDateZh } from '@yifa/domain/calendar';
import { and, eq, gte, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { ComplianceRule } from '../../platform/compliance/registry.ts';
import { disclosureRequestEvents, disclosureRequests } from './tables.ts';

const ZParams = ZMaxOverdueParams;
type Params = MaxOverdueParams;

/**
 * Every application for information answered in time (《政府信息公开条例》第三十三条: 20 working days, once
 * extended by at most 20, consultation time not counted), per office that handles them. Measured on the
 * requests whose reply was due in the year: late = answered after the due date, or still open past it.
 * Requests closed as 逾期不补正 (第三十条) have no reply to give and are left out. A clarification notice sent
 * after the 7 working days of 第三十条 (its event is marked isLate when recorded) is late too, counted in the
 * year it was sent. An extension approved after the reply was due does not move the due date (the clock
 * refuses it, 第三十三条第二款), so such a reply stays late here.
 */
export const repliesInTimeRule: ComplianceRule<Params> = {
  code: 'disclosure-request.replies-in-time',
  module: 'disclosure-request',
  titleZh: '依申请公开均在法定期限内告知补正和答复',
  titleEn: 'Every application for information answered (and clarification asked for) in time',
  legalBasis:
    '《中华人民共和国政府信息公开条例》第三十三条（收到申请之日起20个工作日内答复，经负责人同意可延长不超过20个工作日；征求第三方和其他机关意见所需时间不计算在内）；第三十条（收到申请之日起7个工作日内一次性告知补正）',
  paramsSchema: ZParams,
  defaultParams: { maxOverdue: 0 },
  appliesTo: ['township', 'department'],
  async evaluate(db, { townshipId, year, params, orgs, today }) {
    const rows = await db
      .select({
        id: disclosureRequests.id,
        orgId: disclosureRequests.orgId,
        number: disclosureRequests.number,
        replyDueOn: disclosureRequests.replyDueOn,
        closedOn: disclosureRequests.closedOn,
      })
      .from(disclosureRequests)
      .where(
        and(
          inArray(disclosureRequests.townshipId, [townshipId]),
          inArray(
            disclosureRequests.orgId,
            orgs.map((o) => o.id),
          ),
          isNull(disclosureRequests.deletedAt),
          gte(disclosureRequests.replyDueOn, `${year}-01-01`),
          lte(disclosureRequests.replyDueOn, `${year}-12-31`),
          or(isNull(disclosureRequests.outcome), ne(disclosureRequests.outcome, 'other_noCorrection')),
        ),
      );
    const lateNotices = await db
      .select({
        id: disclosureRequests.id,
        orgId: disclosureRequests.orgId,
        number: disclosureRequests.number,
        noticeOn: disclosureRequestEvents.on,
        dueOn: sql<string | null>`${disclosureRequestEvents.data}->>'dueOn'`,
      })
      .from(disclosureRequestEvents)
      .innerJoin(disclosureRequests, eq(disclosureRequests.id, disclosureRequestEvents.requestId))
      .where(
        and(
          inArray(disclosureRequests.townshipId, [townshipId]),
          inArray(
            disclosureRequests.orgId,
            orgs.map((o) => o.id),
          ),
          isNull(disclosureRequests.deletedAt),
          eq(disclosureRequestEvents.kind, 'clarificationRequested'),
          sql`${disclosureRequestEvents.data}->>'isLate' = 'true'`,
          gte(disclosureRequestEvents.on, `${year}-01-01`),
          lte(disclosureRequestEvents.on, `${year}-12-31`),
        ),
      );
    return orgs.map((org): ComplianceResult => {
      const mine = rows.filter((r) => r.orgId === org.id);
      const notices = lateNotices.filter((n) => n.orgId === org.id);
      if (mine.length === 0 && notices.length === 0) {
        return {
          orgId: org.id,
          status: 'notApplicable',
          actual: null,
          target: params.maxOverdue,
          detailZh: `${year}年无到期的依申请公开答复`,
          evidence: [],
        };
      }
      const late = mine.filter((r) => (r.closedOn ? r.closedOn > r.replyDueOn! : r.replyDueOn! < today));
      const count = late.length + notices.length;
      const parts = [
        late.length ? `到期的${mine.length}件申请中${late.length}件逾期答复或逾期未答复` : '',
        notices.length ? `${notices.length}次补正通知超过7个工作日才发出` : '',
      ].filter(Boolean);
      return {
        orgId: org.id,
        status: count <= params.maxOverdue ? 'met' : 'notMet',
        actual: count,
        target: params.maxOverdue,
        detailZh: count === 0 ? `${year}年到期的${mine.length}件申请均按期答复` : `${year}年${parts.join('；')}`,
        evidence: [
          ...late.map((r) => ({
            labelZh: `${r.number}（答复期限${formatDateZh(r.replyDueOn!)}${r.closedOn ? `，${formatDateZh(r.closedOn)}答复` : '，尚未答复'}）`,
            link: `/disclosure-requests/${r.id}`,
          })),
          ...notices.map((n) => ({
            labelZh: `${n.number}（补正通知应于${n.dueOn ? formatDateZh(n.dueOn) : '收到申请后7个工作日内'}前发出，${formatDateZh(n.noticeOn)}才发出）`,
            link: `/disclosure-requests/${n.id}`,
          })),
        ],
      };
    });
  },
};
