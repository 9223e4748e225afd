// What other web modules may import of organisation (the boundary lint, yifa/module-boundaries, allows nothing else).
export { useOrgs } from './shared/org-api.ts';
