import type { DbOrTx } from '../../platform/db/client.ts';
import { assertDictionaryCode } from '../../platform/dictionaries/index.ts';

/** A duty-list line's audiences are codes of the township's 宣传对象 dictionary (a code kept from before may be inactive). */
export async function assertAudiences(tx: DbOrTx, townshipId: string, codes: string[], old: string[] = []): Promise<void> {
  for (const [i, code] of codes.entries()) {
    await assertDictionaryCode(tx, townshipId, 'audienceType', code, {
      field: `body.audienceTypes.${i}`,
      allowInactive: old.includes(code),
    });
  }
}
