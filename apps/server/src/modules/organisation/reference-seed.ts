import { BUILTIN_ROLES } from '@yifa/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { roles } from './tables.ts';

/**
 * The built-in roles follow the catalogue of this version on every start (idempotent; docs/roles.md):
 * their names, data scope and permissions are the product's, never a township's edit.
 */
export async function seedBuiltinRoles(db: DbOrTx): Promise<void> {
  for (const role of BUILTIN_ROLES) {
    const existing = await db
      .select({ id: roles.id })
      .from(roles)
      .where(and(eq(roles.code, role.code), isNull(roles.townshipId), isNull(roles.deletedAt)));
    const values = {
      name: role.zh,
      nameEn: role.en,
      dataScope: role.dataScope,
      permissions: [...role.permissions].sort(),
      isBuiltin: true,
    };
    if (existing[0]) await db.update(roles).set(values).where(eq(roles.id, existing[0].id));
    else await db.insert(roles).values({ townshipId: null, code: role.code, ...values });
  }
}
