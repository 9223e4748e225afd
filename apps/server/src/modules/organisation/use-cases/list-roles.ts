import type { Role } from '@yifa/domain/organisation';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { presentRole } from '../presenter.ts';
import { listRoles as listRoleRows } from '../repository.ts';

/** The built-in roles and the custom roles of the caller's townships, with how many accounts hold each. */
export async function listRoles(ctx: AppContext, auth: AuthContext): Promise<Role[]> {
  return (await listRoleRows(ctx.db, auth.scope)).map((row) => presentRole(auth, row));
}
