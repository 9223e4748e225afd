import type { StudyLaw } from '@yifa/domain/law-study';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { presentLaw } from '../presenter.ts';
import { listLaws as listLawRows } from '../repository.ts';

/** The township's pick list of laws studied (学习目录). */
export async function listLaws(db: DbOrTx, auth: AuthContext, requestedTownshipId: string | undefined): Promise<StudyLaw[]> {
  const townshipId = await resolveTownship(db, auth, requestedTownshipId, 'read');
  return (await listLawRows(db, townshipId)).map(presentLaw);
}
