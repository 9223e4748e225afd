import type { AuthContext } from '../auth/auth-context.ts';
import { AppError } from '../http/app-error.ts';
import { definePolicy, has } from '../policy/index.ts';
import { canWriteTownship } from '../scope/data-scope.ts';
import type { DictionaryEntryRow } from './repository.ts';

/** Dictionaries are the township's as a whole, not a department's: visible to everyone who sees the township. */
const seesTownship = (auth: AuthContext, record: { townshipId: string | null }) =>
  !!record.townshipId && (auth.scope.townshipIds === 'all' || auth.scope.townshipIds.includes(record.townshipId));

/**
 * A township administrator edits their own township's dictionaries, and no other's: not a county
 * reviewer (read-only), not the system administrator (a township's pick lists are its own choice).
 */
function editsTownship(auth: AuthContext, townshipId: string | null): boolean {
  return (
    has(auth, 'platform:dictionary:write') &&
    !!townshipId &&
    auth.user.townshipId === townshipId &&
    canWriteTownship(auth.scope, townshipId)
  );
}

/** One township's dictionary (the list page): may the caller add entries to it? */
export const dictionaryPolicy = definePolicy<{ townshipId: string }, 'createEntry'>({
  visible: seesTownship,
  abilities: (auth, d) => ({ createEntry: editsTownship(auth, d.townshipId) }),
});

/** One entry: relabel, reorder, (de)activate; delete only a custom one (a built-in one is only deactivated). */
export const dictionaryEntryPolicy = definePolicy<DictionaryEntryRow, 'update' | 'delete'>({
  visible: seesTownship,
  abilities: (auth, e) => ({ update: editsTownship(auth, e.townshipId), delete: editsTownship(auth, e.townshipId) && !e.isBuiltin }),
});

/** The township whose dictionaries the caller may write (their own), or 403. */
export function writeTownshipOf(auth: AuthContext): string {
  const townshipId = auth.user.townshipId;
  if (!townshipId || !dictionaryPolicy.abilities(auth, { townshipId }).createEntry)
    throw new AppError('AUTH.FORBIDDEN', { detail: 'dictionaries belong to a township' });
  return townshipId;
}
