import { ZComplianceResult, type ComplianceEvaluation } from '@yifa/domain';
import type { DbOrTx } from '../db/client.ts';
import type { DataScope } from '../scope/data-scope.ts';
import { orgKindsOf, type ComplianceOrg, type ComplianceRule } from './registry.ts';
import type { ComplianceSettingsRow } from './settings-repository.ts';

/** One rule's evaluation in one township, for every org of the township (scope filtering comes after). */
export interface RuleEvaluation {
  code: string;
  evaluation: ComplianceEvaluation;
}

export interface TownshipToEvaluate {
  id: string;
  name: string;
  /** Every org of the township. */
  allOrgs: ComplianceOrg[];
}

/**
 * Every rule of `rules` in one township for a year, live, for all its orgs. The rules run side by
 * side (each is one or two statements on the pool). One rule that throws does not hide the others:
 * its evaluation carries `errorZh` (and the error goes to `onRuleError`).
 */
export async function evaluateTownship(
  db: DbOrTx,
  township: TownshipToEvaluate,
  year: number,
  today: string,
  settings: ComplianceSettingsRow[],
  rules: ComplianceRule[],
  onRuleError: (code: string, error: unknown) => void,
): Promise<RuleEvaluation[]> {
  // The rules read the township's records whatever the caller's own scope (results are filtered after).
  const scope: DataScope = {
    kind: 'township',
    userId: '00000000-0000-0000-0000-000000000000',
    townshipId: township.id,
    townshipIds: [township.id],
    orgIds: null,
    isReadOnly: true,
  };
  return Promise.all(
    rules.map(async (rule) => {
      const saved = settings.find((s) => s.townshipId === township.id && s.ruleCode === rule.code) ?? null;
      return { code: rule.code, evaluation: await evaluateRule(db, scope, rule, township, year, today, saved, onRuleError) };
    }),
  );
}

async function evaluateRule(
  db: DbOrTx,
  scope: DataScope,
  rule: ComplianceRule,
  township: TownshipToEvaluate,
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
  const orgs = township.allOrgs.filter((o) => kinds.includes(o.kind));
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

/**
 * The evaluation as the caller may see it: results of the visible orgs only. A caller who sees no
 * org the rule applies to gets no results and no error (the rule says nothing about their orgs).
 */
export function visiblePart(rule: ComplianceRule, evaluation: ComplianceEvaluation, visibleOrgs: ComplianceOrg[]): ComplianceEvaluation {
  const kinds = orgKindsOf(rule.appliesTo);
  const visible = new Set(visibleOrgs.filter((o) => kinds.includes(o.kind)).map((o) => o.id));
  if (visible.size === 0) return { ...evaluation, errorZh: null, results: [] };
  return { ...evaluation, results: evaluation.results.filter((r) => visible.has(r.orgId)) };
}
