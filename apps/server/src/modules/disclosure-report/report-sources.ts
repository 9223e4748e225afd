// The records the report is computed from, through the owning modules' public surfaces.
export { loadDisclosureReportFacts } from '../disclosure-request/index.ts';
export { loadDisclosureActivityFacts } from '../proactive-disclosure/index.ts';
