export * from './contracts.ts';
export * from './coverage.ts';
