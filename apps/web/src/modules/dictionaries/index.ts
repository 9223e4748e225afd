// What other web modules may import of dictionaries (the boundary lint, yifa/module-boundaries, allows nothing else).
export { useDictionaries } from './api.ts';
