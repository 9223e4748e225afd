export { authorize, canWrite, definePolicy, has, type Policy, type ScopedRecord } from './define-policy.ts';
export { isLiveTownship, requestedTownship, resolveTownship, TOWNSHIP_PARAM } from './township.ts';
export { assertStep } from './workflow.ts';
