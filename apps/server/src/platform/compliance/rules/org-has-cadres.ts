import type { ComplianceResult } from '@yifa/domain';
import { z } from 'zod';
import { cadresOnRollByOrg } from '../../../modules/organisation/index.ts';
import type { ComplianceRule } from '../registry.ts';

const ZParams = z
  .object({
    minCadres: z
      .number({ error: '人数必须是数字' })
      .int({ error: '人数必须是整数' })
      .min(1, { error: '至少1人' })
      .max(100, { error: '不能超过100人' }),
  })
  .strict();
type Params = z.infer<typeof ZParams>;

/**
 * Every department and village has at least N cadres on the roll. A platform rule (not a statutory
 * figure): law study, publicity duties and deadline warnings are all assigned to people, so an org
 * with nobody on the roll cannot carry any of them. On the roll = joined on or before the reference
 * day (31 Dec of a past year, today otherwise) and not left by then.
 */
export const orgHasCadresRule: ComplianceRule<Params> = {
  code: 'platform.org-has-cadres',
  module: 'platform',
  titleZh: '站所、村（社区）均有在册干部',
  titleEn: 'Every department and village has cadres on the roll',
  legalBasis:
    '平台基础规则（非法定指标）：学法用法、普法责任与期限提醒均须落实到人（《关于完善国家工作人员学法用法制度的意见》，2016年；' +
    '《关于实行国家机关“谁执法谁普法”普法责任制的意见》，2017年，明确责任单位与责任人）。',
  paramsSchema: ZParams,
  defaultParams: { minCadres: 1 },
  appliesTo: ['department', 'village'],
  async evaluate(db, { year, params, orgs, today }) {
    const ref = today.slice(0, 4) > String(year) ? `${year}-12-31` : today;
    const counts = await cadresOnRollByOrg(
      db,
      orgs.map((o) => o.id),
      ref,
    );
    return orgs.map((org): ComplianceResult => {
      const n = counts.get(org.id) ?? 0;
      const isMet = n >= params.minCadres;
      return {
        orgId: org.id,
        status: isMet ? 'met' : 'notMet',
        actual: n,
        target: params.minCadres,
        detailZh: isMet ? `${org.name}在册干部${n}人` : `${org.name}在册干部${n}人，少于${params.minCadres}人，请在“干部”中补录`,
        evidence: [{ labelZh: `${org.name}干部名单`, link: `/org/people?orgId=${org.id}` }],
      };
    });
  },
};
