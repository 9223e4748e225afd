export * from './contracts.ts';
export * from './coverage.ts';
export * from './api.ts';
