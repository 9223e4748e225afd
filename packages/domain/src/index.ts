export * from './platform/errors.ts';
export * from './platform/permissions.ts';
export * from './platform/roles.ts';
export * from './calendar/index.ts';
