import type { NumberLimits } from './form-rules.ts';

/**
 * The limits of the numbers a clerk types, as the server's zod contracts set them in @yifa/domain
 * (number-limits.test.ts probes each against its contract, so the two cannot drift apart).
 */
export const NUMBER_LIMITS = {
  /** ZActivityInput.audienceCount and materialsCount. */
  publicityCount: { min: 0, max: 1_000_000, isInteger: true },
  /** ZTimeLimitDays: 1–60 working days for a catalogue item. */
  disclosureTimeLimitDays: { min: 1, max: 60, isInteger: true },
  /** sortOrder of a dictionary entry and of an org. */
  sortOrder: { min: 0, max: 100_000, isInteger: true },
} as const satisfies Record<string, NumberLimits>;
