/** The compliance-rule registry modules call (docs/deadlines-and-compliance.md). */
export {
  registerComplianceRule,
  listComplianceRules,
  findComplianceRule,
  type ComplianceRule,
  type ComplianceOrg,
  type ComplianceEvaluationInput,
} from './registry.ts';
export { evaluateCompliance } from './use-cases/evaluate-compliance.ts';
export { complianceModule } from './module.ts';
export { recomputeComplianceSnapshots } from './snapshots.ts';
export { complianceSummary } from './use-cases/compliance-summary.ts';
