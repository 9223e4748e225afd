import { type Dictionary } from '@yifa/domain';
import { publicityApi } from '@yifa/domain/publicity';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { call, download } from '../../api/call.ts';
import { useSessionInfo } from '../../auth/session.ts';
import { useTownshipIds } from '../../components/township-select.tsx';
import { useDictionaries } from '../dictionaries/index.ts';

export const publicityKeys = { all: ['publicity'] as const };

/** Today's year in China (UTC+8), the default year of every page. */
export function chinaYear(now = new Date()): number {
  return new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();
}

/**
 * The year and (for callers above townships) the township a page is about, kept in the URL
 * (?year=&townshipId=) so links from the compliance page land on the right view.
 */
export function usePageContext() {
  const session = useSessionInfo();
  const [params, setParams] = useSearchParams();
  const ownTownship = session.user.townshipId;
  const townshipIds = useTownshipIds(!ownTownship);
  const year = Number(params.get('year')) || chinaYear();
  const townshipId = ownTownship ?? params.get('townshipId') ?? townshipIds[0] ?? null;
  const set = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const copy = new URLSearchParams(prev);
        if (value) copy.set(key, value);
        else copy.delete(key);
        return copy;
      },
      { replace: true },
    );
  return {
    year,
    townshipId,
    isAboveTownship: !ownTownship,
    params,
    setYear: (y: number) => set('year', String(y)),
    setTownshipId: (id: string) => set('townshipId', id),
    setParam: set,
    /** The query part naming the township, only for callers above townships. */
    townshipQuery: ownTownship ? {} : { townshipId: townshipId ?? undefined },
  };
}

export type PageContext = ReturnType<typeof usePageContext>;

export function useCampaigns(ctx: PageContext) {
  return useQuery({
    queryKey: [...publicityKeys.all, 'campaigns', ctx.year, ctx.townshipId],
    queryFn: () => call(publicityApi.listCampaigns, { query: { year: ctx.year, ...ctx.townshipQuery } }),
    enabled: !!ctx.townshipId,
  });
}

export function useDutyItems(ctx: PageContext, orgId?: string) {
  return useQuery({
    queryKey: [...publicityKeys.all, 'duty', ctx.year, ctx.townshipId, orgId ?? ''],
    queryFn: () => call(publicityApi.listDutyItems, { query: { year: ctx.year, orgId, ...ctx.townshipQuery } }),
    enabled: !!ctx.townshipId,
  });
}

export interface ActivityFilters {
  villageId?: string | undefined;
  campaignId?: string | undefined;
  orgId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** The page (useKeysetPaging): its size and the cursor of the page before. */
  pageSize: number;
  after?: string;
}

export function useActivities(ctx: PageContext, filters: ActivityFilters) {
  return useQuery({
    queryKey: [...publicityKeys.all, 'activities', ctx.year, ctx.townshipId, filters],
    queryFn: () =>
      call(publicityApi.listActivities, {
        query: {
          ...(filters.from || filters.to ? {} : { year: ctx.year }),
          ...filters,
          ...ctx.townshipQuery,
        },
      }),
    enabled: !!ctx.townshipId,
    placeholderData: keepPreviousData,
  });
}

export function useCoverage(ctx: PageContext) {
  return useQuery({
    queryKey: [...publicityKeys.all, 'coverage', ctx.year, ctx.townshipId],
    queryFn: () => call(publicityApi.coverage, { query: { year: ctx.year, ...ctx.townshipQuery } }),
    enabled: !!ctx.townshipId,
  });
}

export function useSummary(ctx: PageContext) {
  return useQuery({
    queryKey: [...publicityKeys.all, 'summary', ctx.year, ctx.townshipId],
    queryFn: () => call(publicityApi.summary, { query: { year: ctx.year, ...ctx.townshipQuery } }),
    enabled: !!ctx.townshipId,
  });
}

/** One activity with its photos and the caller's abilities (the detail the form opens). */
export function useActivity(id: string | undefined) {
  return useQuery({
    queryKey: [...publicityKeys.all, 'activity', id],
    queryFn: () => call(publicityApi.getActivity, { params: { id: id! } }),
    enabled: !!id,
  });
}

export const fetchActivity = (id: string) => call(publicityApi.getActivity, { params: { id } });

/** The year's 普法台账 (Excel) of the activities the caller sees. */
export const downloadLedger = (ctx: PageContext) =>
  download(publicityApi.ledger, { query: { year: ctx.year, ...ctx.townshipQuery } }, 'ledger.xlsx');

export interface PickOption {
  value: string;
  label: string;
}

/** Active entries of the publicity dictionaries as select options (labels in the UI language). */
export function usePublicityOptions(ctx: PageContext) {
  const dictionaries = useDictionaries(ctx.isAboveTownship ? ctx.townshipId : null, !!ctx.townshipId);
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const of = (code: string): PickOption[] =>
      ((dictionaries.data ?? []) as Dictionary[])
        .find((d) => d.code === code)
        ?.entries.filter((e) => e.isActive)
        .map((e) => ({ value: e.code, label: lang.startsWith('en') ? e.labelEn : e.labelZh })) ?? [];
    return { venueType: of('venueType'), channel: of('channel'), audienceType: of('audienceType'), campaignTheme: of('campaignTheme') };
  }, [dictionaries.data, lang]);
}

/** Quarters as shortcuts for planned months (1 → [1, 2, 3]). */
export const monthsOfQuarter = (q: number): number[] => [q * 3 - 2, q * 3 - 1, q * 3];
