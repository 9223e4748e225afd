// What other web modules may import of organisation (the boundary lint, yifa/module-boundaries, allows nothing else).
export { useOrgs } from './api.ts';
export { OrgTreeSelect } from './shared/org-tree-select.tsx';
