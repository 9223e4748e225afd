import type {
  CalendarYearDetail,
  CalendarYearList,
  ComputeDeadlineResult,
  NoticePreview,
  RecomputeSummary,
  SaveCalendarYearRequest,
  SaveCalendarYearResult,
} from '@yifa/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export const calendarKeys = {
  all: ['calendar'] as const,
  years: ['calendar', 'years'] as const,
  year: (year: number) => ['calendar', 'year', year] as const,
};

export function useCalendarYears() {
  return useQuery({ queryKey: calendarKeys.years, queryFn: () => api.get<CalendarYearList>('/calendar/years') });
}

export function useCalendarYear(year: number | null) {
  return useQuery({
    queryKey: calendarKeys.year(year ?? 0),
    queryFn: () => api.get<CalendarYearDetail>(`/calendar/years/${year}`),
    enabled: year !== null,
  });
}

/** PUT /calendar/years/:year; the server recomputes every open deadline in the same transaction. */
export function saveCalendarYear(year: number, body: SaveCalendarYearRequest): Promise<SaveCalendarYearResult> {
  return api.put<SaveCalendarYearResult>(`/calendar/years/${year}`, body);
}

export function previewNotice(year: number, text: string): Promise<NoticePreview> {
  return api.post<NoticePreview>('/calendar/notice-preview', { year, text });
}

export function useDeleteCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (year: number) => api.delete<{ ok: true; recompute: RecomputeSummary }>(`/calendar/years/${year}`),
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

export interface ComputeParams {
  basis: 'workingDays' | 'calendarDays';
  days: number;
  startDate: string;
  startLabelZh?: string;
  pauses: { from: string; to: string | null; reasonZh: string }[];
  extensions: { days: number; reasonZh: string }[];
}

/** GET /calendar/compute: pauses and extensions travel as JSON text in the query (docs/calendar.md). */
export function computeDeadline(p: ComputeParams): Promise<ComputeDeadlineResult> {
  return api.get<ComputeDeadlineResult>('/calendar/compute', {
    query: {
      basis: p.basis,
      days: p.days,
      startDate: p.startDate,
      startLabelZh: p.startLabelZh,
      pauses: p.pauses.length ? JSON.stringify(p.pauses) : undefined,
      extensions: p.extensions.length ? JSON.stringify(p.extensions) : undefined,
    },
  });
}
