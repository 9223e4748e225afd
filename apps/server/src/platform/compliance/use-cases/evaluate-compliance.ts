import type { ComplianceEvaluation, ComplianceReport, ComplianceSummary } from '@yifa/domain';
import { currentYearInChina } from '../../calendar/today.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { DataScope } from '../../scope/data-scope.ts';
import { townshipsInScope } from '../compliance-orgs.ts';
import { visiblePart, type RuleEvaluation } from '../evaluate-township.ts';
import { listComplianceRules } from '../registry.ts';
import { evaluateTownships, storeSnapshots, townshipSnapshots } from '../snapshots.ts';

export interface ComplianceQueryInput {
  year?: number | undefined;
  townshipId?: string | undefined;
  ruleCode?: string | undefined;
  fresh?: 'true' | 'false' | undefined;
}

/**
 * Every registered rule × every org in the caller's scope for one year (default: this year).
 * One township (a township user, or a county reviewer who picked one) is evaluated on read, so its
 * figures always match the records they link to, and what it computed is kept for the county view.
 * Several townships (the county reviewer's page) read the figures kept per township and year,
 * recomputed when older than 10 minutes or when asked (`fresh`): the page costs about what a
 * township's costs (docs/adr/0009). One rule that throws does not hide the others: its evaluation
 * carries `errorZh` (and the error is logged by the caller's logger through `onRuleError`).
 */
export async function evaluateCompliance(
  db: DbOrTx,
  scope: DataScope,
  q: ComplianceQueryInput,
  onRuleError: (code: string, error: unknown) => void = () => {},
): Promise<ComplianceReport> {
  const year = q.year ?? currentYearInChina();
  const townships = await townshipsInScope(db, scope, q.townshipId);
  const isLive = townships.length <= 1;
  const rules = listComplianceRules().filter((r) => !q.ruleCode || r.code === q.ruleCode);
  let figures: Map<string, { computedAt: Date; evaluations?: RuleEvaluation[] }>;
  if (isLive) {
    const computed = await evaluateTownships(db, townships, year, onRuleError, rules);
    // Only a full evaluation (every rule) stands for the township's figures.
    if (!q.ruleCode) await storeSnapshots(db, year, computed);
    figures = new Map(computed.map((c) => [c.townshipId, c]));
  } else {
    figures = await townshipSnapshots(db, townships, year, { fresh: q.fresh === 'true', withEvaluations: true, onRuleError });
  }

  const summary: ComplianceSummary = { met: 0, notMet: 0, notApplicable: 0, total: 0 };
  const report: ComplianceReport['rules'] = rules.map((rule) => {
    const evaluations: ComplianceEvaluation[] = [];
    for (const township of townships) {
      const stored = figures.get(township.id)?.evaluations?.find((e) => e.code === rule.code);
      if (!stored) continue;
      const evaluation = visiblePart(rule, stored.evaluation, township.orgs);
      for (const r of evaluation.results) {
        summary[r.status] += 1;
        summary.total += 1;
      }
      evaluations.push(evaluation);
    }
    return {
      code: rule.code,
      module: rule.module,
      titleZh: rule.titleZh,
      titleEn: rule.titleEn,
      legalBasis: rule.legalBasis,
      appliesTo: [...rule.appliesTo],
      evaluations,
    };
  });
  const times = [...figures.values()].map((f) => f.computedAt.getTime());
  const computedAt = new Date(times.length ? Math.min(...times) : Date.now()).toISOString();
  return { year, rules: report, summary, computedAt, isLive };
}
