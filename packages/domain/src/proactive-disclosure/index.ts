// The proactive-disclosure module's domain: statutory catalogue, periods, timing, contracts.
export * from './statutory-catalogue.ts';
export * from './periods.ts';
export * from './timing.ts';
export * from './contracts.ts';
export * from './workflow.ts';
export * from './api.ts';
