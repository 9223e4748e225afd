// How big a generated county is. Every volume is a rate per cadre-year (or per township-year), so that
// the full county and the tiny one of the CI test are the same shape at different sizes.

export interface Scale {
  townships: number;
  cadresPerTownship: number;
  /** Years of history, ending with LAST_YEAR (10 → 2017–2026). */
  years: number;
}

export const LAST_YEAR = 2026;
/** The last day of generated history: nothing is dated after the day the data set was designed for. */
export const LAST_DAY = '2026-12-05';

export const FULL_SCALE: Scale = { townships: 20, cadresPerTownship: 300, years: 10 };
export const TINY_SCALE: Scale = { townships: 2, cadresPerTownship: 10, years: 1 };

/** "20x300x10" → a Scale; "full" and "tiny" name the two presets. */
export function parseScale(text: string | undefined): Scale {
  if (!text || text === 'full') return FULL_SCALE;
  if (text === 'tiny') return TINY_SCALE;
  const m = /^(\d+)x(\d+)x(\d+)$/.exec(text);
  if (!m) throw new Error(`--scale: full, tiny or <townships>x<cadres>x<years> (e.g. 20x300x10), not "${text}"`);
  const [townships, cadresPerTownship, years] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (townships < 1 || townships > 60 || cadresPerTownship < 2 || years < 1 || years > 20) throw new Error(`--scale out of range: ${text}`);
  return { townships, cadresPerTownship, years };
}

/**
 * The rates behind the county (20 townships × 300 cadres × 10 years): ~60 k study sessions
 * with ~1.8 M attendance rows, ~200 k publications, ~20 k disclosure requests, ~2 M audit entries.
 */
export const RATES = {
  sessionsPerCadreYear: 1,
  attendeesPerSession: 30,
  selfStudiesPerCadreYear: 2,
  examsPerTownshipYear: 4,
  publicationsPerCadreYear: 10 / 3,
  activitiesPerCadreYear: 5 / 6,
  requestsPerCadreYear: 1 / 3,
  appointmentsPerTownshipYear: 3,
  dutyItemsPerOfficeYear: 2,
  /** Security events (sign-ins) and every audited write of the generated records together. */
  auditEntriesPerCadreYear: 100 / 3,
  notificationsPerCadreYear: 3,
  /** Attachment metadata: one for every other publication. */
  filesPerPublication: 0.5,
} as const;

export function firstYear(scale: Scale): number {
  return LAST_YEAR - scale.years + 1;
}
