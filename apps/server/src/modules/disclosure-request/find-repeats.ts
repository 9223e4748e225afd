import { findRepeatCandidates, REPEAT_WINDOW_MONTHS } from '@yifa/domain/disclosure-request';
import type { DbOrTx } from '../../platform/db/client.ts';
import type { DataScope } from '../../platform/scope/data-scope.ts';
import { recentDescriptions } from './repository.ts';

function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`;
}

/**
 * Applications of the last 12 months that ask for the same information as another one: candidates for
 * proactive disclosure (《政府信息公开条例》第四十四条).
 */
export async function findRepeats(db: DbOrTx, scope: DataScope, today: string) {
  const rows = await recentDescriptions(db, scope, monthsBefore(today, REPEAT_WINDOW_MONTHS));
  const similar = findRepeatCandidates(rows);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { rows, similar, byId };
}
