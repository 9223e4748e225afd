import { AppError } from '../../platform/http/app-error.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { findRollPeople, type RollPerson } from './repository.ts';

/** Every person named must be a live cadre of the township; else a 400 naming the field. */
export async function requireRollPeople(
  db: DbOrTx,
  townshipId: string,
  ids: string[],
  field: (i: number) => string,
): Promise<Map<string, RollPerson>> {
  const found = new Map((await findRollPeople(db, townshipId, [...new Set(ids)])).map((p) => [p.id, p]));
  const missing = ids.map((id, i) => ({ id, i })).filter((x) => !found.has(x.id));
  if (missing.length) {
    throw new AppError('LAW_STUDY.PERSON_NOT_IN_TOWNSHIP', {
      invalidParams: missing.map((m) => ({ name: field(m.i), code: 'notOnRoll', reason: '不是本乡镇（街道）在册干部' })),
    });
  }
  return found;
}
