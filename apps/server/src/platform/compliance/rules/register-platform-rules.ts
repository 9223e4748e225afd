import { registerComplianceRule } from '../registry.ts';
import { noOverdueDeadlinesRule } from './no-overdue-deadlines.ts';
import { orgHasCadresRule } from './org-has-cadres.ts';

/** The platform's own rules, so the compliance page works before any module registers its rules. */
export function registerPlatformComplianceRules(): void {
  registerComplianceRule(orgHasCadresRule);
  registerComplianceRule(noOverdueDeadlinesRule);
}
