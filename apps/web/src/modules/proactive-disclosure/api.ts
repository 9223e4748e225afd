import { type Dictionary } from '@yifa/domain';
import { proactiveDisclosureApi as pdApi } from '@yifa/domain/proactive-disclosure';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { call } from '../../api/call.ts';

/** The list's filters; the page (pageSize, cursor) comes from useKeysetPaging. */
export interface PublicationFilters {
  q?: string;
  catalogItemId?: string;
  status?: 'pending' | 'published';
  isLate?: 'true';
  year?: number;
}
export type PublicationParams = PublicationFilters & { pageSize: number; after?: string };

export const pdKeys = {
  all: ['proactive-disclosure'] as const,
  catalog: ['proactive-disclosure', 'catalog'] as const,
  publications: (p: PublicationParams) => ['proactive-disclosure', 'publications', p] as const,
  publication: (id: string) => ['proactive-disclosure', 'publication', id] as const,
  facts: (year: number) => ['proactive-disclosure', 'facts', year] as const,
  boards: ['proactive-disclosure', 'boards'] as const,
  boardUpdates: (id: string) => ['proactive-disclosure', 'board-updates', id] as const,
  village: (p: object) => ['proactive-disclosure', 'village', p] as const,
  guide: ['proactive-disclosure', 'guide'] as const,
};

export const useCatalog = () => useQuery({ queryKey: pdKeys.catalog, queryFn: () => call(pdApi.listCatalog), staleTime: 60_000 });
export const usePublications = (p: PublicationParams) =>
  useQuery({
    queryKey: pdKeys.publications(p),
    placeholderData: keepPreviousData,
    queryFn: () => call(pdApi.listPublications, { query: { ...p } }),
  });
export const usePublication = (id: string | null) =>
  useQuery({
    queryKey: pdKeys.publication(id ?? ''),
    enabled: !!id,
    queryFn: () => call(pdApi.getPublication, { params: { id: id! } }),
  });
export const useFacts = (year: number, enabled = true) =>
  useQuery({ queryKey: pdKeys.facts(year), enabled, queryFn: () => call(pdApi.facts, { query: { year } }) });
export const useBoards = () =>
  useQuery({
    queryKey: pdKeys.boards,
    queryFn: () => call(pdApi.listBoards),
  });
export const useBoardUpdates = (id: string) =>
  useQuery({
    queryKey: pdKeys.boardUpdates(id),
    queryFn: () => call(pdApi.listBoardUpdates, { params: { id } }),
  });
export interface VillageDisclosureFilters {
  orgId?: string;
  kind?: 'villageAffairs' | 'partyAffairs';
  year?: number;
}
export const useVillageDisclosures = (p: VillageDisclosureFilters & { pageSize: number; after?: string }) =>
  useQuery({
    queryKey: pdKeys.village(p),
    placeholderData: keepPreviousData,
    queryFn: () => call(pdApi.listVillageDisclosures, { query: { ...p } }),
  });
/** The guide settings of the caller's township, or for a caller above townships the one named. */
export function useGuideSettings(townshipId: string | undefined, isKnown: boolean) {
  return useQuery({
    queryKey: [...pdKeys.guide, townshipId],
    queryFn: () => call(pdApi.getGuideSettings, { query: { townshipId } }),
    enabled: isKnown,
  });
}

/** The township's publication channels (dictionary publicationChannel): code → label. */
export function useChannels() {
  return useQuery({
    queryKey: ['dictionaries', 'own'],
    staleTime: 60_000,
    queryFn: () => api.get<Dictionary[]>('/dictionaries', { query: { includeInactive: '1' } }),
    select: (dicts) => dicts.find((d) => d.code === 'publicationChannel')?.entries ?? [],
  });
}
