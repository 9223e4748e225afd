import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { scopeWhere, type DataScope } from '../../platform/scope/data-scope.ts';
import { publicityRecords } from './tables.ts';

const inScope = (scope: DataScope) => scopeWhere(scope, { townshipId: publicityRecords.townshipId, orgId: publicityRecords.orgId, createdBy: publicityRecords.createdBy });

export async function findPublicityRecord(db: DbOrTx, scope: DataScope, id: string) {
  const rows = await db.select().from(publicityRecords).where(and(eq(publicityRecords.id, id), isNull(publicityRecords.deletedAt), inScope(scope))).limit(1);
  return rows[0] ?? null;
}
