import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { scopeWhere, type DataScope } from '../../platform/scope/data-scope.ts';
import { disclosureRequestRecords } from './tables.ts';

const inScope = (scope: DataScope) => scopeWhere(scope, { townshipId: disclosureRequestRecords.townshipId, orgId: disclosureRequestRecords.orgId, createdBy: disclosureRequestRecords.createdBy });

export async function findDisclosureRequestRecord(db: DbOrTx, scope: DataScope, id: string) {
  const rows = await db.select().from(disclosureRequestRecords).where(and(eq(disclosureRequestRecords.id, id), isNull(disclosureRequestRecords.deletedAt), inScope(scope))).limit(1);
  return rows[0] ?? null;
}
