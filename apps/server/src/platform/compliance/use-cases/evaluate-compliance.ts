import { ZComplianceResult, type ComplianceEvaluation, type ComplianceReport, type ComplianceSummary } from '@yifa/domain';
import { currentYearInChina, todayInChina } from '../../calendar/today.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { DataScope } from '../../scope/data-scope.ts';
import { townshipsInScope, type ComplianceTownship } from '../compliance-orgs.ts';
import { listComplianceRules, orgKindsOf, type ComplianceRule } from '../registry.ts';
import { listSettings, type ComplianceSettingsRow } from '../settings-repository.ts';

export interface ComplianceQueryInput {
  year?: number | undefined;
  townshipId?: string | undefined;
  ruleCode?: string | undefined;
}

/**
 * Every registered rule × every org in the caller's scope for one year (default: this year).
 * Rules are evaluated on read: the figures always match the records they link to. One rule that
 * throws does not hide the others: its evaluation carries `errorZh` (and the error is logged by the
 * caller's logger through `onRuleError`).
 */
export async function evaluateCompliance(
  db: DbOrTx,
  scope: DataScope,
  q: ComplianceQueryInput,
  onRuleError: (code: string, error: unknown) => void = () => {},
): Promise<ComplianceReport> {
  const year = q.year ?? currentYearInChina();
  const today = todayInChina();
  const townships = await townshipsInScope(db, scope, q.townshipId);
  const settings = await listSettings(
    db,
    townships.map((t) => t.id),
    year,
  );
  const rules = listComplianceRules().filter((r) => !q.ruleCode || r.code === q.ruleCode);
  const summary: ComplianceSummary = { met: 0, notMet: 0, notApplicable: 0, total: 0 };

  const report: ComplianceReport['rules'] = [];
  for (const rule of rules) {
    const evaluations: ComplianceEvaluation[] = [];
    for (const township of townships) {
      const saved = settings.find((s) => s.townshipId === township.id && s.ruleCode === rule.code) ?? null;
      const evaluation = await evaluateOne(db, scope, rule, township, year, today, saved, onRuleError);
      for (const r of evaluation.results) {
        summary[r.status] += 1;
        summary.total += 1;
      }
      evaluations.push(evaluation);
    }
    report.push({
      code: rule.code,
      module: rule.module,
      titleZh: rule.titleZh,
      titleEn: rule.titleEn,
      legalBasis: rule.legalBasis,
      appliesTo: [...rule.appliesTo],
      evaluations,
    });
  }
  return { year, rules: report, summary };
}

async function evaluateOne(
  db: DbOrTx,
  scope: DataScope,
  rule: ComplianceRule,
  township: ComplianceTownship,
  year: number,
  today: string,
  saved: ComplianceSettingsRow | null,
  onRuleError: (code: string, error: unknown) => void,
): Promise<ComplianceEvaluation> {
  const base = { townshipId: township.id, townshipName: township.name, isEnabled: saved?.isEnabled ?? true };
  // Saved parameters were valid when saved; a rule whose schema changed since falls back to its defaults.
  const stored = saved ? rule.paramsSchema.safeParse(saved.params) : null;
  const params = stored?.success ? stored.data : rule.defaultParams;
  if (!base.isEnabled) return { ...base, params, errorZh: null, results: [] };

  const kinds = orgKindsOf(rule.appliesTo);
  const orgs = township.orgs.filter((o) => kinds.includes(o.kind));
  if (orgs.length === 0) return { ...base, params, errorZh: null, results: [] };
  try {
    const raw = await rule.evaluate(db, { townshipId: township.id, year, params, scope, orgs, today });
    const byId = new Map(orgs.map((o) => [o.id, o]));
    const results = raw
      .filter((r) => byId.has(r.orgId))
      .map((r) => {
        const org = byId.get(r.orgId);
        return { ...ZComplianceResult.parse(r), orgName: org?.name ?? null, orgKind: org?.kind ?? null };
      });
    return { ...base, params, errorZh: null, results };
  } catch (error) {
    onRuleError(rule.code, error);
    return { ...base, params, errorZh: '该规则计算失败，请联系管理员', results: [] };
  }
}
