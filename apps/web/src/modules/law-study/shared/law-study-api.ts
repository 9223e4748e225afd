import type {
  Appointment,
  Dictionary,
  Exam,
  ExamDetail,
  ImportKind,
  ImportResult,
  Ledger,
  PersonHours,
  SelfStudy,
  StudyLaw,
  StudySession,
  StudySessionDetail,
} from '@yifa/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { uploadSheet } from '../../../api/upload-sheet.ts';
import { chinaToday } from '../../../app/china-today.ts';
import { useIsTownshipKnown } from '../../../components/use-township.tsx';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
export interface RollPerson {
  id: string;
  name: string;
  orgId: string;
  orgName: string;
  isLeader: boolean;
  isCivilServant: boolean;
}

export const lawStudyKeys = { all: ['law-study'] as const };

/** The township's roll; a form asks for it only while open (a county reviewer's page has no form to fill). */
export function useRoll(townshipId?: string, isWanted = true) {
  const isKnown = useIsTownshipKnown(townshipId);
  return useQuery({
    queryKey: ['law-study', 'roll', townshipId],
    queryFn: () => api.get<RollPerson[]>('/law-study/roll', { query: { townshipId } }),
    staleTime: 60_000,
    enabled: isWanted && isKnown,
  });
}

export function useLaws(townshipId?: string, isWanted = true) {
  const isKnown = useIsTownshipKnown(townshipId);
  return useQuery({
    queryKey: ['law-study', 'laws', townshipId],
    queryFn: () => api.get<StudyLaw[]>('/law-study/laws', { query: { townshipId } }),
    enabled: isWanted && isKnown,
  });
}

/** The township's kinds of study session (dictionary activityKind, active entries). */
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

export function useSessions(q: {
  year: number;
  kind?: string | undefined;
  page: number;
  pageSize: number;
  townshipId?: string | undefined;
}) {
  const isKnown = useIsTownshipKnown(q.townshipId);
  return useQuery({
    queryKey: ['law-study', 'sessions', q],
    queryFn: () => api.get<Page<StudySession>>('/law-study/sessions', { query: q }),
    enabled: isKnown,
  });
}

export function useSession(id: string | null) {
  return useQuery({
    queryKey: ['law-study', 'session', id],
    queryFn: () => api.get<StudySessionDetail>(`/law-study/sessions/${id}`),
    enabled: !!id,
  });
}

export function useLedger(q: { year: number; quarter?: number | undefined; orgId?: string | undefined; townshipId?: string | undefined }) {
  const isKnown = useIsTownshipKnown(q.townshipId);
  return useQuery({
    queryKey: ['law-study', 'ledger', q],
    queryFn: () => api.get<Ledger>('/law-study/ledger', { query: q }),
    enabled: isKnown,
  });
}

export function useSelfStudies(q: {
  year: number;
  status?: string | undefined;
  page: number;
  pageSize: number;
  townshipId?: string | undefined;
}) {
  const isKnown = useIsTownshipKnown(q.townshipId);
  return useQuery({
    queryKey: ['law-study', 'self-studies', q],
    queryFn: () => api.get<Page<SelfStudy>>('/law-study/self-studies', { query: q }),
    enabled: isKnown,
  });
}

export function useExams(year: number, townshipId?: string) {
  const isKnown = useIsTownshipKnown(townshipId);
  return useQuery({
    queryKey: ['law-study', 'exams', year, townshipId],
    queryFn: () => api.get<Exam[]>('/law-study/exams', { query: { year, townshipId } }),
    enabled: isKnown,
  });
}

export function useExam(id: string | null) {
  return useQuery({ queryKey: ['law-study', 'exam', id], queryFn: () => api.get<ExamDetail>(`/law-study/exams/${id}`), enabled: !!id });
}

export function useAppointments(year: number, townshipId?: string) {
  const isKnown = useIsTownshipKnown(townshipId);
  return useQuery({
    queryKey: ['law-study', 'appointments', year, townshipId],
    queryFn: () => api.get<Appointment[]>('/law-study/appointments', { query: { year, townshipId } }),
    enabled: isKnown,
  });
}

export function usePersonHours(personId: string, year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['law-study', 'person-hours', personId, year],
    queryFn: () => api.get<PersonHours>(`/law-study/people/${personId}/hours`, { query: { year } }),
    enabled,
    meta: { silent: true },
  });
}

export const IMPORT_PATHS: Record<ImportKind, string> = { attendance: 'attendance', scores: 'scores', platformHours: 'platform-hours' };

/** Sends an .xlsx to a law-study import route; a refusal throws the ApiProblem. */
export function uploadImport(kind: ImportKind, file: File, query: { examId?: string } = {}): Promise<ImportResult> {
  return uploadSheet<ImportResult>(`/law-study/imports/${IMPORT_PATHS[kind]}`, file, query);
}

export const currentYear = () => chinaToday().year();
export const yearOptions = (around = currentYear()) => Array.from({ length: 6 }, (_, i) => around + 1 - i);
