import type { DivisionLevel } from './types.ts';

export interface ParsedDivisionCode {
  /** The code without padding: 2, 4, 6, 9 or 12 digits. */
  short: string;
  /** The code zero-padded to 12 digits. */
  code: string;
  level: DivisionLevel;
}

/** Segment ends of the 12-digit statistical code: province 2, city 4, county 6, township 9, village 12. */
const LEVELS: readonly { start: number; end: number; level: DivisionLevel }[] = [
  { start: 0, end: 2, level: 'province' },
  { start: 2, end: 4, level: 'city' },
  { start: 4, end: 6, level: 'county' },
  { start: 6, end: 9, level: 'township' },
  { start: 9, end: 12, level: 'village' },
];

const ALLOWED_LENGTHS = new Set([2, 4, 6, 9, 12]);

/**
 * Reads a division code written at any level of padding: "43", "4309", "430903", "430903101",
 * "430903101201", or the same zero-padded ("430900" as GB/T 2260 writes a city, "430900000000"
 * as the statistical tables do). Trailing all-zero segments are padding. No real code ends in an
 * all-zero segment, and the only inner zero segment is the county "00" of townships under a city
 * without counties (东莞 441900003, 中山, 儋州); the extraction script checks both, so the reading
 * is unambiguous. Returns null for anything else.
 */
export function parseDivisionCode(input: string): ParsedDivisionCode | null {
  const raw = input.trim();
  if (!/^\d+$/.test(raw) || !ALLOWED_LENGTHS.has(raw.length)) return null;
  const code = raw.padEnd(12, '0');
  const zero = LEVELS.map((level) => /^0+$/.test(code.slice(level.start, level.end)));
  const last = zero.lastIndexOf(false);
  const found = LEVELS[last];
  if (!found) return null;
  for (let i = 0; i < last; i++) {
    // Above the last segment only the county may be zero: 441900003 is a town of 东莞 4419,
    // one of the cities without counties (不设区的地级市).
    if (zero[i] && LEVELS[i]?.level !== 'county') return null;
  }
  return { short: code.slice(0, found.end), code, level: found.level };
}

/** Zero-pads a 2/4/6/9/12-digit code to 12 digits. */
export function padDivisionCode(short: string): string {
  return short.padEnd(12, '0');
}
