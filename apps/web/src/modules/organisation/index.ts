// What other web modules may import of the organisation module (the boundary lint allows nothing else).
export { useOrgs } from './api.ts';
export { OrgTreeSelect } from './shared/org-tree-select.tsx';
