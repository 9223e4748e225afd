import type { __Pascal__Record } from '@yifa/domain/__name__';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import { __camel__Policy } from './policy.ts';
import type { __Pascal__Row } from './repository.ts';

/**
 * Row → the contract's record, with ISO times and the caller's abilities. The record schema
 * (contracts.ts) names what is answered — the serialiser drops every other column — so a new
 * field needs no line here; TypeScript fails if the schema names one the row lacks.
 */
export function present__Pascal__(auth: AuthContext, row: __Pascal__Row): __Pascal__Record {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: __camel__Policy.abilities(auth, row),
  };
}

/** What the audit log keeps of a record before and after a change: its own columns (platform auditCopy). */
export { auditCopy } from '../../platform/audit/audit-copy.ts';
