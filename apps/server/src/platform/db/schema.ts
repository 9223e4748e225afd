// Every table of Yifa, for Drizzle's typed queries and drizzle-kit's migrations.
export * from '../../modules/organisation/tables.ts';
export * from '../../modules/disclosure-request/tables.ts';
export * from '../auth/tables.ts';
export * from '../audit/tables.ts';
export * from '../settings/tables.ts';
export * from '../calendar/tables.ts';
export * from '../deadlines/tables.ts';
export * from '../files/tables.ts';
export * from '../dictionaries/tables.ts';
export * from '../notifications/tables.ts';
export * from '../compliance/tables.ts';
export * from '../../modules/proactive-disclosure/tables.ts';
export * from '../../modules/disclosure-report/tables.ts';
export * from '../../modules/law-study/tables.ts';
export * from '../../modules/publicity/tables.ts';
export * from '../public-site/tables.ts';
