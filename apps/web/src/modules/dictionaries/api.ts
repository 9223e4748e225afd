import { dictionariesApi, type BodyInput, type DictionaryCode, type DictionaryEntry } from '@yifa/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/call.ts';

export const dictionaryKeys = {
  all: ['dictionaries'] as const,
  list: (townshipId: string | null) => ['dictionaries', townshipId ?? 'own'] as const,
};

/** GET /api/dictionaries with inactive entries too (the page shows them, marked 停用). */
export function useDictionaries(townshipId: string | null, enabled = true) {
  return useQuery({
    queryKey: dictionaryKeys.list(townshipId),
    queryFn: () => call(dictionariesApi.list, { query: { includeInactive: '1', ...(townshipId ? { townshipId } : {}) } }),
    enabled,
  });
}

/** A change to an entry; the entry's version is added on the way. */
export type EntryChange = Omit<BodyInput<typeof dictionariesApi.updateEntry>, 'version'>;

const paramsOf = (entry: DictionaryEntry) => ({ dictionary: entry.dictionary as DictionaryCode, id: entry.id });

export function useEntryMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: dictionaryKeys.all });
  // Silent: the entry form puts the problem on its fields; the other callers show it themselves.
  const update = useMutation({
    meta: { silent: true },
    mutationFn: ({ entry, change }: { entry: DictionaryEntry; change: EntryChange }) =>
      call(dictionariesApi.updateEntry, { params: paramsOf(entry), body: { ...change, version: entry.version } }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (entry: DictionaryEntry) => call(dictionariesApi.deleteEntry, { params: paramsOf(entry) }),
    onSettled: refresh,
  });
  return { update, remove, refresh };
}
