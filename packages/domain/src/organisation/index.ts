export * from './api.ts';
export * from './contracts.ts';
export * from './defaults.ts';
export * from './org-tree.ts';
