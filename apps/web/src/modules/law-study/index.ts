// What other web modules may import of law-study (the boundary lint, yifa/module-boundaries, allows nothing else).
export { PersonStudyHours } from './shared/person-study-hours.tsx';
