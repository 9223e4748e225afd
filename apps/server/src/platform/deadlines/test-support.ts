import crypto from 'node:crypto';
import type { PermissionCode } from '@yifa/domain';
import { eq } from 'drizzle-orm';
import { roles, userRoles } from '../../modules/organisation/tables.ts';
import { makeUser, TEST_PASSWORD } from '../../test/factories.ts';
import { login, type Client, type TestApp } from '../../test/harness.ts';

/**
 * Test helper: a signed-in user of a township-wide custom role holding exactly `permissions`,
 * for the 403 cases where every built-in role happens to hold the permission under test.
 */
export async function loginWithPermissions(t: TestApp, townshipId: string, permissions: PermissionCode[]): Promise<Client> {
  const [role] = await t.ctx.db
    .insert(roles)
    .values({
      townshipId,
      code: `test${crypto.randomBytes(3).toString('hex')}`,
      name: '测试角色',
      dataScope: 'township',
      permissions,
    })
    .returning();
  const user = await makeUser(t.ctx.db, 'officeStaff', townshipId, townshipId);
  await t.ctx.db.update(userRoles).set({ roleId: role!.id }).where(eq(userRoles.userId, user.id));
  return login(t.app, user.username, TEST_PASSWORD);
}

export async function loginAs(
  t: TestApp,
  roleCode: string,
  orgId: string | null,
  townshipId: string | null,
): Promise<{ client: Client; userId: string }> {
  const user = await makeUser(t.ctx.db, roleCode, orgId, townshipId);
  return { client: await login(t.app, user.username, TEST_PASSWORD), userId: user.id };
}
