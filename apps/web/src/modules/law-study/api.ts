import { type Dictionary, type QueryInput } from '@yifa/domain';
import { LAW_STUDY_IMPORT_ROUTES, lawStudyApi, type ImportKind, type ImportResult } from '@yifa/domain/law-study';
import { useQuery } from '@tanstack/react-query';
import { call, download } from '../../api/call.ts';
import { api } from '../../api/client.ts';
import { uploadSheet } from '../../api/upload-sheet.ts';
import { chinaToday } from '../../app/china-today.ts';
import { useIsTownshipKnown } from '../../components/use-township.tsx';

// Every law-study request goes through its contract (@yifa/domain lawStudyApi): call() for JSON,
// download() for files; react-query hooks for the pages.

/** The township's roll; a form asks for it only while open (a county reviewer's page has no form to fill). */
export function useRoll(townshipId?: string, isWanted = true) {
  const isKnown = useIsTownshipKnown(townshipId);
  return useQuery({
    queryKey: ['law-study', 'roll', townshipId],
    queryFn: () => call(lawStudyApi.listRoll, { query: { townshipId } }),
    staleTime: 60_000,
    enabled: isWanted && isKnown,
  });
}

export function useLaws(townshipId?: string, isWanted = true) {
  const isKnown = useIsTownshipKnown(townshipId);
  return useQuery({
    queryKey: ['law-study', 'laws', townshipId],
    queryFn: () => call(lawStudyApi.listLaws, { query: { townshipId } }),
    enabled: isWanted && isKnown,
  });
}

/** The township's kinds of study session (dictionary activityKind, active entries; a platform route). */
export function useSessionKinds(townshipId?: string) {
  const isKnown = useIsTownshipKnown(townshipId);
  return useQuery({
    enabled: isKnown,
    queryKey: ['dictionaries', 'activityKind', townshipId],
    queryFn: async () =>
      (await api.get<Dictionary[]>('/dictionaries', { query: { townshipId } })).find((d) => d.code === 'activityKind')?.entries ?? [],
    staleTime: 60_000,
  });
}

export function useSessions(q: QueryInput<typeof lawStudyApi.listSessions>) {
  const isKnown = useIsTownshipKnown(q.townshipId);
  return useQuery({
    queryKey: ['law-study', 'sessions', q],
    queryFn: () => call(lawStudyApi.listSessions, { query: q }),
    enabled: isKnown,
  });
}

/** One session with its attendance, asked for while its dialog is open. */
export function useSession(id: string | null, isWanted = true) {
  return useQuery({
    queryKey: ['law-study', 'session', id],
    queryFn: () => call(lawStudyApi.getSession, { params: { id: id! } }),
    enabled: isWanted && !!id,
  });
}

export function useLedger(q: QueryInput<typeof lawStudyApi.getLedger>) {
  const isKnown = useIsTownshipKnown(q.townshipId);
  return useQuery({
    queryKey: ['law-study', 'ledger', q],
    queryFn: () => call(lawStudyApi.getLedger, { query: q }),
    enabled: isKnown,
  });
}

export function useSelfStudies(q: QueryInput<typeof lawStudyApi.listSelfStudies>) {
  const isKnown = useIsTownshipKnown(q.townshipId);
  return useQuery({
    queryKey: ['law-study', 'self-studies', q],
    queryFn: () => call(lawStudyApi.listSelfStudies, { query: q }),
    enabled: isKnown,
  });
}

export function useExams(q: QueryInput<typeof lawStudyApi.listExams>) {
  const isKnown = useIsTownshipKnown(q.townshipId);
  return useQuery({
    queryKey: ['law-study', 'exams', q],
    queryFn: () => call(lawStudyApi.listExams, { query: q }),
    enabled: isKnown,
  });
}

export function useExam(id: string | null) {
  return useQuery({
    queryKey: ['law-study', 'exam', id],
    queryFn: () => call(lawStudyApi.getExam, { params: { id: id! } }),
    enabled: !!id,
  });
}

export function useAppointments(year: number, townshipId?: string) {
  const isKnown = useIsTownshipKnown(townshipId);
  return useQuery({
    queryKey: ['law-study', 'appointments', year, townshipId],
    queryFn: () => call(lawStudyApi.listAppointments, { query: { year, townshipId } }),
    enabled: isKnown,
  });
}

export function usePersonHours(personId: string, year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['law-study', 'person-hours', personId, year],
    queryFn: () => call(lawStudyApi.getPersonHours, { params: { id: personId }, query: { year } }),
    enabled,
    meta: { silent: true },
  });
}

/** The bulletin (Word) or its table (Excel), saved under the server's file name. */
export function downloadBulletin(query: QueryInput<typeof lawStudyApi.bulletin>): Promise<string> {
  return download(lawStudyApi.bulletin, { query }, `bulletin.${query.format}`);
}

/** The path of an import's template (the shared import dialog downloads it). */
export const importTemplatePath = (kind: ImportKind): string => LAW_STUDY_IMPORT_ROUTES[kind].template.path;

/** Sends an .xlsx to a law-study import route (multipart); a refusal throws the ApiProblem. */
export function uploadImport(kind: ImportKind, file: File, query: { examId?: string } = {}): Promise<ImportResult> {
  return uploadSheet<ImportResult>(LAW_STUDY_IMPORT_ROUTES[kind].upload.path, file, query);
}

export const currentYear = () => chinaToday().year();
export const yearOptions = (around = currentYear()) => Array.from({ length: 6 }, (_, i) => around + 1 - i);
