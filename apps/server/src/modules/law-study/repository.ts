import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { scopeWhere, type DataScope } from '../../platform/scope/data-scope.ts';
import { lawStudyRecords } from './tables.ts';

const inScope = (scope: DataScope) => scopeWhere(scope, { townshipId: lawStudyRecords.townshipId, orgId: lawStudyRecords.orgId, createdBy: lawStudyRecords.createdBy });

export async function findLawStudyRecord(db: DbOrTx, scope: DataScope, id: string) {
  const rows = await db.select().from(lawStudyRecords).where(and(eq(lawStudyRecords.id, id), isNull(lawStudyRecords.deletedAt), inScope(scope))).limit(1);
  return rows[0] ?? null;
}
