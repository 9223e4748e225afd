// What other web modules may import from law-study: the cadre's hours this year, shown in
// organisation's person dialog.
export { PersonStudyHours } from './shared/person-study-hours.tsx';
