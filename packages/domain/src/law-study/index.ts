export * from './api.ts';
export * from './catalogue.ts';
export * from './contracts.ts';
export * from './hours.ts';
export * from './ledger.ts';
export * from './rules.ts';
export * from './workflow.ts';
