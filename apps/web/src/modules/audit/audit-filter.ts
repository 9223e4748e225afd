import type { AuditFilter } from '@yifa/domain';
import type { Dayjs } from 'dayjs';

/** The filter bar's fields (dates as dayjs, the rest as typed). */
export interface AuditFilterValues {
  range?: [Dayjs | null, Dayjs | null] | null;
  actor?: string;
  action?: string;
  entityType?: string;
  isSuccess?: 'true' | 'false' | '';
  q?: string;
  townshipId?: string;
}

/**
 * The query of GET /api/audit and /api/audit/export: days as YYYY-MM-DD (read in China time, both
 * inclusive, docs/audit.md), empty fields left out so the server sees only real filters.
 */
export function toAuditQuery(v: AuditFilterValues): AuditFilter {
  const text = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);
  const query: AuditFilter = {};
  const from = v.range?.[0];
  const to = v.range?.[1];
  if (from) query.from = from.format('YYYY-MM-DD');
  if (to) query.to = to.format('YYYY-MM-DD');
  const actor = text(v.actor);
  if (actor) query.actor = actor;
  const action = text(v.action);
  if (action) query.action = action;
  const entityType = text(v.entityType);
  if (entityType) query.entityType = entityType;
  if (v.isSuccess === 'true' || v.isSuccess === 'false') query.isSuccess = v.isSuccess;
  const q = text(v.q);
  if (q) query.q = q;
  if (v.townshipId) query.townshipId = v.townshipId;
  return query;
}

/** Top-level keys whose value differs between before and after (for the side-by-side view). */
export function changedKeys(before: unknown, after: unknown): string[] {
  const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (!isObject(before) || !isObject(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}
