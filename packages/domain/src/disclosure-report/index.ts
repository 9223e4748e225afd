export * from './facts.ts';
export * from './report-format.ts';
export * from './compute-tables.ts';
export * from './check-consistency.ts';
export * from './draft-narrative.ts';
export * from './contracts.ts';
export * from './report-view.ts';
