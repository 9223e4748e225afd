import { DICTIONARIES } from '@yifa/domain';
import { sql } from 'drizzle-orm';
import type { Actor } from '../audit/write-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { registerReferenceSeeder } from '../seed/reference.ts';
import { registerTownshipSeeder } from '../township-seeders.ts';

/** The built-in entries as rows: sort orders in steps of 10 leave room for entries placed between. */
function builtinRows() {
  return Object.entries(DICTIONARIES).flatMap(([dictionary, def]) =>
    def.entries.map((entry, i) => ({ dictionary, code: entry.code, label_zh: entry.zh, label_en: entry.en, sort_order: (i + 1) * 10 })),
  );
}

/**
 * Gives townships the built-in entries they lack, in one statement, and never touches an entry that
 * exists (a township's relabelling, ordering and deactivation stay). Run at township creation for
 * that township, and at every start for all of them, so an entry added in a later version reaches
 * the townships created before it. Idempotent.
 */
export async function seedBuiltinDictionaryEntries(db: DbOrTx, townshipId: string | 'all', actor: Actor | null = null): Promise<number> {
  const townships =
    townshipId === 'all'
      ? sql`select o.id from orgs o where o.kind = 'township' and o.deleted_at is null`
      : sql`select ${townshipId}::uuid as id`;
  const result = await db.execute(sql`
    insert into dictionary_entries (township_id, dictionary, code, label_zh, label_en, sort_order, is_builtin, created_by, updated_by)
    select t.id, d.dictionary, d.code, d.label_zh, d.label_en, d.sort_order, true, ${actor?.userId ?? null}::uuid, ${actor?.userId ?? null}::uuid
    from (${townships}) t
    cross join jsonb_to_recordset(${JSON.stringify(builtinRows())}::jsonb) as d(dictionary text, code text, label_zh text, label_en text, sort_order int)
    where not exists (
      select 1 from dictionary_entries e
      where e.township_id = t.id and e.dictionary = d.dictionary and e.code = d.code and e.deleted_at is null)`);
  return result.rowCount ?? 0;
}

/** Called once from seed/register-all.ts. */
export function registerDictionarySeeders(): void {
  registerTownshipSeeder('dictionaries', (tx, townshipId, actor) =>
    seedBuiltinDictionaryEntries(tx, townshipId, actor).then(() => undefined),
  );
  registerReferenceSeeder('dictionaries', (db) => seedBuiltinDictionaryEntries(db, 'all').then(() => undefined));
}
