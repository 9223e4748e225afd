import type { Abilities, PermissionCode } from '@yifa/domain';
import type { AuthContext } from '../auth/auth-context.ts';
import { AppError } from '../http/app-error.ts';
import { canWriteTownship, isInScope } from '../scope/data-scope.ts';

/** What a policy needs to know of any record: where it lives and who made it (the data scope's terms). */
export interface ScopedRecord {
  townshipId: string | null;
  orgId?: string | null;
  createdBy?: string | null;
}

/**
 * A module's rules for one record kind, declared once (docs/modules.md "policy.ts"): which records
 * the caller sees, and for each ability whether the caller may use it on this record. The
 * permission of the route is part of the ability (`has(auth, '…:write')`), so the abilities a detail
 * response carries are exactly the buttons the web may draw.
 */
export interface Policy<R, A extends string> {
  visible(auth: AuthContext, record: R): boolean;
  abilities(auth: AuthContext, record: R): Abilities<A>;
}

export function definePolicy<R extends ScopedRecord, A extends string>(rules: {
  /** Default: inside the caller's data scope (isInScope). */
  visible?: (auth: AuthContext, record: R) => boolean;
  abilities: (auth: AuthContext, record: R) => Abilities<A>;
}): Policy<R, A> {
  return { visible: rules.visible ?? ((auth, record) => isInScope(auth.scope, record)), abilities: rules.abilities };
}

/**
 * The one rule for acting on a record: one the caller cannot see (another township's, outside the
 * data scope, deleted, unknown) is not found — 404, so nothing is learned about it; one the caller
 * sees but may not act on this way is forbidden — 403.
 */
export function authorize<R, A extends string>(policy: Policy<R, A>, auth: AuthContext, record: R | null | undefined, ability: A): R {
  if (record === null || record === undefined || !policy.visible(auth, record)) throw new AppError('RECORD.NOT_FOUND');
  if (!policy.abilities(auth, record)[ability]) throw new AppError('AUTH.FORBIDDEN');
  return record;
}

/** Does the caller hold the permission? (The route checked its own; abilities name the others.) */
export function has(auth: AuthContext, code: PermissionCode): boolean {
  return auth.permissions.has(code);
}

/** The common write rule: the permission, a scope that writes (not a county reviewer), the record in scope. */
export function canWrite(auth: AuthContext, record: ScopedRecord, code: PermissionCode): boolean {
  return has(auth, code) && !!record.townshipId && canWriteTownship(auth.scope, record.townshipId) && isInScope(auth.scope, record);
}
