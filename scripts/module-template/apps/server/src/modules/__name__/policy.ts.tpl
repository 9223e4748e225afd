import type { AuthContext } from '../../platform/auth/auth-context.ts';
import { canWrite, definePolicy, has } from '../../platform/policy/index.ts';
import { canWriteTownship } from '../../platform/scope/data-scope.ts';
import type { __Pascal__Row } from './repository.ts';

/**
 * Who may do what to a record (docs/modules.md "policy.ts"): it is visible inside the caller's data
 * scope; it may be changed or deleted with the write permission by a caller who writes in its township.
 */
export const __camel__Policy = definePolicy<__Pascal__Row, 'update' | 'delete'>({
  abilities: (auth, record) => ({
    update: canWrite(auth, record, '__name__:record:write'),
    delete: canWrite(auth, record, '__name__:record:write'),
  }),
});

/** May the caller add a record in this township (the 新增 button of the list)? */
export function canCreate__Pascal__(auth: AuthContext, townshipId: string): boolean {
  return has(auth, '__name__:record:write') && canWriteTownship(auth.scope, townshipId);
}
