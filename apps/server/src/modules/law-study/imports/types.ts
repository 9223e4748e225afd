import type { ImportRowError } from '@yifa/domain/law-study';
import type { Tx } from '../../../platform/db/client.ts';

/** A record an import changed, for its own audit entry (the batch entry only counts). */
export interface ImportChange {
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  sessionsCreated?: number;
  sessionsUpdated?: number;
  /** Records that existed and were changed: each is audited with its before and after. */
  changes?: ImportChange[];
}

/** The checked rows of a sheet: the problems found, and how to write it when there are none. */
export interface ImportPlan {
  errors: ImportRowError[];
  apply(tx: Tx): Promise<ImportCounts>;
}
