import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { scopeWhere, type DataScope } from '../../platform/scope/data-scope.ts';
import { proactiveDisclosureRecords } from './tables.ts';

const inScope = (scope: DataScope) => scopeWhere(scope, { townshipId: proactiveDisclosureRecords.townshipId, orgId: proactiveDisclosureRecords.orgId, createdBy: proactiveDisclosureRecords.createdBy });

export async function findProactiveDisclosureRecord(db: DbOrTx, scope: DataScope, id: string) {
  const rows = await db.select().from(proactiveDisclosureRecords).where(and(eq(proactiveDisclosureRecords.id, id), isNull(proactiveDisclosureRecords.deletedAt), inScope(scope))).limit(1);
  return rows[0] ?? null;
}
