// The lists a county opens (issue 10), by their current contracts: a page of 20, then the next page
// by `nextCursor` when the response has one, else by `page`. Who opens each: the generated county's
// township administrator, its county reviewer, or the system administrator (gen-organisation.ts).
import type { BENCH_LOGINS } from './gen-organisation.ts';

export type Who = keyof typeof BENCH_LOGINS;

export interface CountyList {
  name: string;
  path: string;
  who: Who[];
}

const both: Who[] = ['townshipAdmin', 'countyReviewer'];

export const COUNTY_LISTS: CountyList[] = [
  { name: 'people', path: '/api/people', who: both },
  // The county reviewer reads no accounts (403): the system administrator's list instead.
  { name: 'users', path: '/api/users', who: ['townshipAdmin', 'systemAdmin'] },
  { name: 'publications', path: '/api/proactive-disclosure/publications', who: both },
  { name: 'village disclosures', path: '/api/proactive-disclosure/village-disclosures', who: both },
  { name: 'publicity activities', path: '/api/publicity/activities', who: both },
  { name: 'law-study sessions', path: '/api/law-study/sessions', who: both },
  { name: 'self-study', path: '/api/law-study/self-studies', who: both },
  { name: 'disclosure requests', path: '/api/disclosure-requests', who: both },
  { name: 'audit log', path: '/api/audit', who: ['townshipAdmin', 'systemAdmin'] },
  { name: 'deadlines', path: '/api/deadlines', who: both },
  { name: 'notifications', path: '/api/notifications', who: both },
  { name: 'files', path: '/api/files', who: both },
];

export const WHO_LABEL: Record<Who, string> = { townshipAdmin: 'township', countyReviewer: 'county', systemAdmin: 'system administrator' };

/** The first page of a list: 20 rows. */
export const firstPage = (list: CountyList) => `${list.path}?pageSize=20`;
