import { calendarApi, type BodyInput, type QueryInput, type ZComputeExtensions, type ZComputePauses } from '@yifa/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../api/call.ts';

export const calendarKeys = {
  all: ['calendar'] as const,
  years: ['calendar', 'years'] as const,
  year: (year: number) => ['calendar', 'year', year] as const,
};

export function useCalendarYears() {
  return useQuery({ queryKey: calendarKeys.years, queryFn: () => call(calendarApi.listYears) });
}

export function useCalendarYear(year: number | null) {
  return useQuery({
    queryKey: calendarKeys.year(year ?? 0),
    queryFn: () => call(calendarApi.getYear, { params: { year: year ?? 0 } }),
    enabled: year !== null,
  });
}

/** PUT /calendar/years/:year; the server recomputes every open deadline in the same transaction. */
export function saveCalendarYear(year: number, body: BodyInput<typeof calendarApi.saveYear>) {
  return call(calendarApi.saveYear, { params: { year }, body });
}

export function previewNotice(year: number, text: string) {
  return call(calendarApi.previewNotice, { body: { year, text } });
}

export function useDeleteCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (year: number) => call(calendarApi.deleteYear, { params: { year } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: calendarKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['deadlines'] });
    },
  });
}

/** After a save: the lists, the year and every deadline (their dates may have moved). */
export async function afterCalendarChange(queryClient: ReturnType<typeof useQueryClient>): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: calendarKeys.all });
  await queryClient.invalidateQueries({ queryKey: ['deadlines'] });
  await queryClient.invalidateQueries({ queryKey: ['workbench'] });
}

/** The calculator's rule as the page holds it: the query's fields, with pauses and extensions as lists. */
export type ComputeParams = Omit<QueryInput<typeof calendarApi.compute>, 'pauses' | 'extensions'> & {
  pauses: z.input<typeof ZComputePauses>;
  extensions: z.input<typeof ZComputeExtensions>;
};

/** GET /calendar/compute: pauses and extensions travel as JSON text in the query (docs/calendar.md). */
export function computeDeadline(p: ComputeParams) {
  return call(calendarApi.compute, {
    query: {
      basis: p.basis,
      days: p.days,
      startDate: p.startDate,
      ...(p.startLabelZh ? { startLabelZh: p.startLabelZh } : {}),
      ...(p.pauses.length ? { pauses: JSON.stringify(p.pauses) } : {}),
      ...(p.extensions.length ? { extensions: JSON.stringify(p.extensions) } : {}),
    },
  });
}
