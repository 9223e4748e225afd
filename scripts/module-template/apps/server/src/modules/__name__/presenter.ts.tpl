import type { __Pascal__Record } from '@yifa/domain/__name__';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import { __camel__Policy } from './policy.ts';
import type { __Pascal__Row } from './repository.ts';

/** Row → the contract's record: every field the schema names (the serialiser drops the rest), ISO times, the caller's abilities. */
export function present__Pascal__(auth: AuthContext, row: __Pascal__Row): __Pascal__Record {
  return {
    id: row.id,
    townshipId: row.townshipId,
    orgId: row.orgId,
    title: row.title,
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: __camel__Policy.abilities(auth, row),
  };
}

/** What the audit log keeps of a record before and after a change. */
export function auditCopy(row: __Pascal__Row) {
  return { orgId: row.orgId, title: row.title, notes: row.notes };
}
