// Every table of Yifa, for Drizzle's typed queries and drizzle-kit's migrations: the platform's, then the
// business modules' (collected from apps/server/src/modules/<m>/tables.ts by npm run modules:collect).
export * from '../auth/tables.ts';
export * from '../audit/tables.ts';
export * from '../settings/tables.ts';
export * from '../calendar/tables.ts';
export * from '../deadlines/tables.ts';
export * from '../files/tables.ts';
export * from '../dictionaries/tables.ts';
export * from '../notifications/tables.ts';
export * from '../compliance/tables.ts';
export * from '../public-site/tables.ts';
export * from '../list-counts/tables.ts';
export * from './module-tables.generated.ts';
