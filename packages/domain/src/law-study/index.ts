export * from './catalogue.ts';
export * from './contracts.ts';
export * from './hours.ts';
export * from './ledger.ts';
export * from './rules.ts';
