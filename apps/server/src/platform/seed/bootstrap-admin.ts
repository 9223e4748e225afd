import crypto from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { roles, userRoles, users } from '../../modules/organisation/tables.ts';
import { SYSTEM_ACTOR, writeAudit } from '../audit/write-audit.ts';
import { hashPassword } from '../auth/password.ts';
import type { Db } from '../db/client.ts';

/**
 * The first system administrator, made on first start with a random initial password that is
 * printed once and must be changed at first sign-in (GB/T 22239-2019 §8.1.4.2: no default
 * passwords). YIFA_ADMIN_PASSWORD (config.adminPassword) fixes it for scripted installs and tests.
 */
export async function bootstrapAdmin(
  db: Db,
  initialPassword: string | null = null,
): Promise<{ username: string; password: string } | null> {
  const [adminRole] = await db
    .select()
    .from(roles)
    .where(and(eq(roles.code, 'systemAdmin'), isNull(roles.townshipId)));
  if (!adminRole) throw new Error('reference seed missing: systemAdmin role');
  const holders = await db
    .select({ id: userRoles.userId })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.roleId, adminRole.id), isNull(users.deletedAt)));
  if (holders.length > 0) return null;
  const password = initialPassword ?? `Yf-${crypto.randomBytes(6).toString('base64url')}9a`;
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ username: 'admin', displayName: '系统管理员', passwordHash, mustChangePassword: true })
      .returning();
    await tx.insert(userRoles).values({ userId: user!.id, roleId: adminRole.id });
    await writeAudit(tx, SYSTEM_ACTOR, {
      action: 'org.user.create',
      entityType: 'user',
      entityId: user!.id,
      after: { username: 'admin', role: 'systemAdmin' },
    });
  });
  return { username: 'admin', password };
}
