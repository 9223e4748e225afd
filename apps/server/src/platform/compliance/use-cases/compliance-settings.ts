import type { BodyOf, complianceApi, ComplianceSettings } from '@yifa/domain';
import { writeAudit } from '../../audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../auth/auth-context.ts';
import type { DbOrTx } from '../../db/client.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { invalidParamsOf } from '../../calendar/zod-invalid-params.ts';
import { resolveTownship } from '../../policy/township.ts';
import { findComplianceRule, type ComplianceRule } from '../registry.ts';
import { findSettings, upsertSettings, type ComplianceSettingsRow } from '../settings-repository.ts';
import { dropSnapshot } from '../snapshots.ts';

/** The request body, as the route's contract parses it. */
type Input = BodyOf<typeof complianceApi.saveSettings>;

function present(rule: ComplianceRule, townshipId: string, year: number, row: ComplianceSettingsRow | null): ComplianceSettings {
  const stored = row ? rule.paramsSchema.safeParse(row.params) : null;
  return {
    ruleCode: rule.code,
    year,
    townshipId,
    isEnabled: row?.isEnabled ?? true,
    params: stored?.success ? stored.data : rule.defaultParams,
    defaultParams: rule.defaultParams,
    isSaved: row !== null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

function ruleOrNotFound(code: string): ComplianceRule {
  const rule = findComplianceRule(code);
  if (!rule) throw new AppError('RECORD.NOT_FOUND', { detail: `no compliance rule ${code}` });
  return rule;
}

export async function getComplianceSettings(
  db: DbOrTx,
  auth: AuthContext,
  ruleCode: string,
  year: number,
  townshipId?: string,
): Promise<ComplianceSettings> {
  const rule = ruleOrNotFound(ruleCode);
  const township = await resolveTownship(db, auth, townshipId, 'read');
  return present(rule, township, year, await findSettings(db, township, rule.code, year));
}

/** Saves a township's parameters and enable flag of a rule for a year (checked by the rule's own schema), audited. */
export async function saveComplianceSettings(
  ctx: AppContext,
  auth: AuthContext,
  ruleCode: string,
  year: number,
  input: Input,
  townshipId?: string,
): Promise<ComplianceSettings> {
  const rule = ruleOrNotFound(ruleCode);
  const parsed = rule.paramsSchema.safeParse(input.params);
  if (!parsed.success) throw new AppError('REQUEST.VALIDATION_FAILED', { invalidParams: invalidParamsOf(parsed.error, 'body.params') });
  return ctx.db.transaction(async (tx) => {
    const township = await resolveTownship(tx, auth, townshipId, 'write');
    const before = await findSettings(tx, township, rule.code, year);
    const saved = await upsertSettings(tx, {
      townshipId: township,
      ruleCode: rule.code,
      year,
      isEnabled: input.isEnabled,
      params: parsed.data,
      updatedBy: auth.user.id,
    });
    // The figures kept for the county view were computed with the old settings.
    await dropSnapshot(tx, township, year);
    await writeAudit(tx, actorOf(auth), {
      action: 'compliance.settings.save',
      entityType: 'complianceRuleSettings',
      entityId: `${rule.code}/${year}`,
      townshipId: township,
      before: before ? { isEnabled: before.isEnabled, params: before.params } : null,
      after: { isEnabled: saved.isEnabled, params: saved.params },
    });
    return present(rule, township, year, saved);
  });
}
