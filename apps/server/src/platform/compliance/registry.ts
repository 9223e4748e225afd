import type { ComplianceAppliesTo, ComplianceResult } from '@yifa/domain';
import type { IsoDate } from '@yifa/domain/calendar';
import type { z } from 'zod';
import type { DbOrTx } from '../db/client.ts';
import type { DataScope } from '../scope/data-scope.ts';

/** An org the rule is evaluated for: in the township, of a kind the rule applies to, inside the caller's scope. */
export interface ComplianceOrg {
  id: string;
  name: string;
  kind: 'township' | 'department' | 'village' | 'community';
}

export interface ComplianceEvaluationInput<P> {
  townshipId: string;
  year: number;
  /** The township's parameters for the year, already checked against `paramsSchema` (defaults if none saved). */
  params: P;
  scope: DataScope;
  /** The orgs to return one result each for (never empty). Results for other orgs are dropped. */
  orgs: ComplianceOrg[];
  /** Today in China Standard Time, for "so far this year" rules. */
  today: IsoDate;
}

/**
 * A machine-checked requirement (glossary `complianceRule`), e.g. "≥ 6 study sessions a year".
 * A module registers its rules once at start-up with `registerComplianceRule`; the platform stores
 * per-township/year parameters and the enable flag (compliance_rule_settings), picks the orgs, and
 * shows each result with links to its evidence.
 */
export interface ComplianceRule<P = unknown> {
  /** '<module>.<kebab-name>', stable forever (settings rows refer to it), e.g. 'law-study.sessions-per-year'. */
  code: string;
  module: string;
  titleZh: string;
  titleEn: string;
  /** The law or document the requirement comes from, with article, in Chinese (shown next to the result). */
  legalBasis: string;
  paramsSchema: z.ZodType<P>;
  defaultParams: P;
  appliesTo: readonly ComplianceAppliesTo[];
  /** One result per org of `input.orgs`; read-only (runs on GET). */
  evaluate(db: DbOrTx, input: ComplianceEvaluationInput<P>): Promise<ComplianceResult[]>;
}

const CODE_RE = /^[a-z][a-z0-9-]*\.[a-z0-9][a-z0-9.-]*$/;
const rules = new Map<string, ComplianceRule>();

/**
 * Adds a rule to the registry. Registering the same object again is a no-op (modules may be
 * registered by several app instances in one process); a different rule with a taken code throws.
 */
export function registerComplianceRule<P>(rule: ComplianceRule<P>): void {
  if (!CODE_RE.test(rule.code)) throw new Error(`合规规则代码格式不正确：${rule.code}`);
  if (!rule.appliesTo.length) throw new Error(`合规规则 ${rule.code} 未指定适用的机构类型`);
  const parsed = rule.paramsSchema.safeParse(rule.defaultParams);
  if (!parsed.success) throw new Error(`合规规则 ${rule.code} 的默认参数不符合其参数格式`);
  const existing = rules.get(rule.code);
  if (existing && existing !== (rule as unknown as ComplianceRule)) throw new Error(`合规规则代码重复：${rule.code}`);
  rules.set(rule.code, rule as unknown as ComplianceRule);
}

export function listComplianceRules(): ComplianceRule[] {
  return [...rules.values()].sort((a, b) => a.module.localeCompare(b.module) || a.code.localeCompare(b.code));
}

export function findComplianceRule(code: string): ComplianceRule | null {
  return rules.get(code) ?? null;
}

/** Which org kinds each `appliesTo` value covers: 'village' is both 村 and 社区 (glossary). */
export function orgKindsOf(appliesTo: readonly ComplianceAppliesTo[]): ComplianceOrg['kind'][] {
  return appliesTo.flatMap((a) => (a === 'village' ? (['village', 'community'] as const) : [a]));
}
