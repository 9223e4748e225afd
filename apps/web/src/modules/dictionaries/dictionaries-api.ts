import type { Dictionary, DictionaryEntry } from '@yifa/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export const dictionaryKeys = {
  all: ['dictionaries'] as const,
  list: (townshipId: string | null) => ['dictionaries', townshipId ?? 'own'] as const,
};

/** GET /api/dictionaries with inactive entries too (the page shows them, marked 停用). */
export function useDictionaries(townshipId: string | null, enabled = true) {
  return useQuery({
    queryKey: dictionaryKeys.list(townshipId),
    queryFn: () => api.get<Dictionary[]>('/dictionaries', { query: { includeInactive: '1', townshipId: townshipId ?? undefined } }),
    enabled,
  });
}

export interface EntryChange {
  code?: string;
  labelZh?: string;
  labelEn?: string;
  sortOrder?: number;
  isActive?: boolean;
}

export function useEntryMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: dictionaryKeys.all });
  // Silent: the entry form puts the problem on its fields; the other callers show it themselves.
  const update = useMutation({
    meta: { silent: true },
    mutationFn: ({ entry, change }: { entry: DictionaryEntry; change: EntryChange }) =>
      api.patch<DictionaryEntry>(`/dictionaries/${entry.dictionary}/entries/${entry.id}`, { ...change, version: entry.version }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (entry: DictionaryEntry) => api.delete(`/dictionaries/${entry.dictionary}/entries/${entry.id}`),
    onSettled: refresh,
  });
  return { update, remove, refresh };
}
