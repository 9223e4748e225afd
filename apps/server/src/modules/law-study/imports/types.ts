import type { ImportRowError } from '@yifa/domain';
import type { Tx } from '../../../platform/db/client.ts';

/** The checked rows of a sheet: the problems found, and how to write it when there are none. */
export interface ImportPlan {
  errors: ImportRowError[];
  apply(tx: Tx): Promise<{ created: number; updated: number; unchanged: number; sessionsCreated?: number }>;
}
