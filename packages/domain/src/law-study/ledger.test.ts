import { describe, expect, it } from 'vitest';
import { computeLedger, type LedgerInput } from './ledger.ts';
import { checkPreAppointmentExam, countSessionsInYear, participationPercent } from './rules.ts';

const person = (id: string, orgId: string, joinedOn: string | null = '2020-01-01') => ({
  id,
  name: id,
  orgId,
  isCivilServant: true,
  isLeader: false,
  joinedOn,
  leftOn: null,
});
const SESSIONS = { s1: ['2026-12-31', 40], s2: ['2027-01-01', 8], s3: ['2026-03-01', 20] } as const;
const at = (s: keyof typeof SESSIONS, personId: string, isPresent: boolean) => ({
  personId,
  isPresent,
  heldOn: SESSIONS[s][0],
  hours: SESSIONS[s][1],
  count: 1,
});
function input(over: Partial<LedgerInput> = {}): LedgerInput {
  return {
    year: 2026,
    target: { annualHours: 60, prorateForJoiners: false },
    people: [person('甲', 'o1'), person('乙', 'o1'), person('丙', 'o2')],
    orgs: [
      { id: 'o1', name: '司法所', kind: 'department' },
      { id: 'o2', name: '东村', kind: 'village' },
    ],
    sessions: [
      { id: 's1', heldOn: '2026-12-31', hours: 40 },
      { id: 's2', heldOn: '2027-01-01', hours: 8 },
      { id: 's3', heldOn: '2026-03-01', hours: 20 },
    ],
    attendances: [at('s1', '甲', true), at('s3', '甲', true), at('s1', '乙', true), at('s3', '乙', false), at('s2', '乙', true)],
    selfStudies: [
      { personId: '乙', studiedOn: '2026-05-01', hours: 10, status: 'approved' },
      { personId: '乙', studiedOn: '2026-05-02', hours: 10, status: 'pending' },
    ],
    exams: [{ id: 'e1', heldOn: '2026-06-01', passMark: 60 }],
    scores: [
      { examId: 'e1', personId: '甲', score: 60, isAbsent: false },
      { examId: 'e1', personId: '乙', score: 59, isAbsent: false },
      { examId: 'e1', personId: '丙', score: null, isAbsent: true },
    ],
    ...over,
  };
}

describe('computeLedger', () => {
  it('credits present sessions of the year (31 Dec in, 1 Jan of the next out), approved self-study, nothing for absences', () => {
    const l = computeLedger(input());
    const byId = new Map(l.people.map((p) => [p.personId, p]));
    expect(byId.get('甲')).toMatchObject({ totalHours: 60, isShort: false, rank: 1, examsPassed: 1 });
    expect(byId.get('乙')).toMatchObject({
      sessionHours: 40,
      selfStudyHours: 10,
      totalHours: 50,
      isShort: true,
      shortfallHours: 10,
      sessionsMissed: 1,
      examsPassed: 0,
    });
    expect(byId.get('丙')).toMatchObject({ totalHours: 0, examsAbsent: 1, averageScore: null, rank: 3 });
    expect(l.sessionCount).toBe(2);
  });
  it('ranks offices by average hours and counts who falls short', () => {
    const l = computeLedger(input());
    expect(l.orgs.map((o) => [o.orgName, o.averageHours, o.shortCount, o.rank])).toEqual([
      ['司法所', 55, 1, 1],
      ['东村', 0, 1, 2],
    ]);
  });
  it('gives equal totals the same rank', () => {
    const l = computeLedger(input({ attendances: [at('s1', '甲', true), at('s1', '乙', true)], selfStudies: [] }));
    expect(l.people.filter((p) => p.rank === 1)).toHaveLength(2);
    expect(l.people.find((p) => p.personId === '丙')!.rank).toBe(3);
  });
  it('counts a quarter with a quarter of the target', () => {
    const l = computeLedger(input({ quarter: 4 }));
    const a = l.people.find((p) => p.personId === '甲')!;
    expect(a).toMatchObject({ totalHours: 40, targetHours: 15, isShort: false });
  });
  it('takes attendance grouped by quarter (count × hours)', () => {
    const grouped = [
      { personId: '甲', isPresent: true, hours: 2, count: 30, quarter: 4 as const },
      { personId: '甲', isPresent: false, hours: 2, count: 3, quarter: 1 as const },
    ];
    expect(computeLedger(input({ attendances: grouped, selfStudies: [] })).people.find((p) => p.personId === '甲')).toMatchObject({
      totalHours: 60,
      sessionsMissed: 3,
      isShort: false,
    });
    expect(computeLedger(input({ quarter: 1, attendances: grouped })).people.find((p) => p.personId === '甲')).toMatchObject({
      totalHours: 0,
      sessionsMissed: 3,
    });
  });
  it('pro-rates a mid-year joiner when the setting says so', () => {
    const l = computeLedger(input({ target: { annualHours: 60, prorateForJoiners: true }, people: [person('甲', 'o1', '2026-07-01')] }));
    expect(l.people[0]).toMatchObject({ targetHours: 30.3, isShort: false });
  });
});

describe('rule helpers', () => {
  it('counts sessions of the kinds in the year, 31 December included', () => {
    const s = [
      { heldOn: '2026-12-31', kind: 'collective' },
      { heldOn: '2027-01-01', kind: 'collective' },
      { heldOn: '2026-05-01', kind: 'other' },
    ];
    expect(countSessionsInYear(s, 2026, ['collective'])).toBe(1);
  });
  it('covers an appointment only with a passed exam on or before it, within the window', () => {
    const r = (heldOn: string, score: number | null, isAbsent = false) => ({ heldOn, score, passMark: 60, isAbsent });
    expect(checkPreAppointmentExam('2026-06-01', [r('2026-06-01', 60)], 365).isCovered).toBe(true);
    expect(checkPreAppointmentExam('2026-06-01', [r('2026-06-02', 90)], 365).isCovered).toBe(false);
    expect(checkPreAppointmentExam('2026-06-01', [r('2026-05-01', 59)], 365).isCovered).toBe(false);
    expect(checkPreAppointmentExam('2026-06-01', [r('2026-05-01', null, true)], 365).isCovered).toBe(false);
    expect(checkPreAppointmentExam('2026-06-01', [r('2025-06-01', 80)], 365).isCovered).toBe(true);
    expect(checkPreAppointmentExam('2026-06-01', [r('2025-05-31', 80)], 365).isCovered).toBe(false);
  });
  it('rounds participation down', () => {
    expect(participationPercent(3, 2)).toBe(66);
    expect(participationPercent(0, 0)).toBe(100);
  });
});
