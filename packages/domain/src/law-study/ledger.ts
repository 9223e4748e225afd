import {
  creditedHours,
  creditedSelfStudyHours,
  fromTenths,
  hoursTarget,
  isPassingScore,
  isWithin,
  meetsTarget,
  periodRange,
  toTenths,
  type HoursTargetParams,
  type Quarter,
  type SelfStudyStatus,
} from './hours.ts';

/**
 * The study ledger (学法台账) of a period: hours and exam results per cadre and per office, who
 * falls short, and the ranking. Pure, so the bulletin (通报), the hours page and the compliance
 * rule all count the same way.
 */
export interface LedgerInput {
  year: number;
  quarter?: Quarter | null;
  target: HoursTargetParams;
  people: {
    id: string;
    name: string;
    orgId: string;
    post?: string | null;
    isCivilServant: boolean;
    isLeader: boolean;
    joinedOn: string | null;
    leftOn: string | null;
  }[];
  orgs: { id: string; name: string; kind: string }[];
  sessions: { id: string; heldOn: string; hours: number }[];
  /**
   * Attendance, grouped: `count` sessions of `hours` each, held on `heldOn` or, for rows grouped
   * by quarter, in `quarter` (the database groups 60,000 rows into a few thousand).
   */
  attendances: { personId: string; isPresent: boolean; hours: number; count: number; heldOn?: string; quarter?: Quarter }[];
  selfStudies: { personId: string; studiedOn: string; hours: number; status: SelfStudyStatus }[];
  exams: { id: string; heldOn: string; passMark: number }[];
  scores: { examId: string; personId: string; score: number | null; isAbsent: boolean }[];
}

export interface LedgerPersonRow {
  personId: string;
  name: string;
  post: string | null;
  orgId: string;
  orgName: string;
  isCivilServant: boolean;
  sessionsAttended: number;
  sessionsMissed: number;
  sessionHours: number;
  selfStudyHours: number;
  totalHours: number;
  targetHours: number;
  isShort: boolean;
  shortfallHours: number;
  examsTaken: number;
  examsPassed: number;
  examsAbsent: number;
  averageScore: number | null;
  rank: number;
}

export interface LedgerOrgRow {
  orgId: string;
  orgName: string;
  orgKind: string;
  peopleCount: number;
  totalHours: number;
  averageHours: number;
  shortCount: number;
  averageScore: number | null;
  rank: number;
}

export interface Ledger {
  from: string;
  to: string;
  people: LedgerPersonRow[];
  orgs: LedgerOrgRow[];
  sessionCount: number;
  examCount: number;
}

/** Competition ranking (1, 2, 2, 4) by a descending key. */
function rankBy<T>(rows: T[], key: (row: T) => number, set: (row: T, rank: number) => void): void {
  const sorted = [...rows].sort((a, b) => key(b) - key(a));
  let previous: number | null = null;
  let rank = 0;
  sorted.forEach((row, i) => {
    const k = key(row);
    if (k !== previous) {
      rank = i + 1;
      previous = k;
    }
    set(row, rank);
  });
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function computeLedger(input: LedgerInput): Ledger {
  const range = periodRange(input.year, input.quarter);
  const orgName = new Map(input.orgs.map((o) => [o.id, o]));
  const sessionHours = new Map<string, number>();
  for (const s of input.sessions) if (isWithin(s.heldOn, range)) sessionHours.set(s.id, s.hours);
  const examPass = new Map<string, number>();
  for (const e of input.exams) if (isWithin(e.heldOn, range)) examPass.set(e.id, e.passMark);

  type Acc = {
    attended: number;
    missed: number;
    sessionTenths: number;
    selfTenths: number;
    taken: number;
    passed: number;
    absent: number;
    scoreSum: number;
    scored: number;
  };
  const acc = new Map<string, Acc>();
  const get = (id: string): Acc => {
    let a = acc.get(id);
    if (!a) {
      a = { attended: 0, missed: 0, sessionTenths: 0, selfTenths: 0, taken: 0, passed: 0, absent: 0, scoreSum: 0, scored: 0 };
      acc.set(id, a);
    }
    return a;
  };
  for (const at of input.attendances) {
    if (at.heldOn !== undefined ? !isWithin(at.heldOn, range) : input.quarter && at.quarter !== input.quarter) continue;
    const a = get(at.personId);
    if (at.isPresent) a.attended += at.count;
    else a.missed += at.count;
    a.sessionTenths += toTenths(creditedHours(at, at.hours)) * at.count;
  }
  for (const c of input.selfStudies) {
    if (!isWithin(c.studiedOn, range)) continue;
    get(c.personId).selfTenths += toTenths(creditedSelfStudyHours(c));
  }
  for (const sc of input.scores) {
    const passMark = examPass.get(sc.examId);
    if (passMark === undefined) continue;
    const a = get(sc.personId);
    if (sc.isAbsent || sc.score === null) {
      a.absent++;
      continue;
    }
    a.taken++;
    a.scoreSum += sc.score;
    a.scored++;
    if (isPassingScore(sc.score, passMark)) a.passed++;
  }

  // The whole year's target, or the quarter's share of it (rounded up to a tenth).
  const targetOf = (p: LedgerInput['people'][number]) => {
    const yearly = hoursTarget(input.target, input.year, p.joinedOn, p.leftOn);
    return input.quarter ? fromTenths(Math.ceil(toTenths(yearly) / 4)) : yearly;
  };
  const people: LedgerPersonRow[] = input.people.map((p) => {
    const a = get(p.id);
    const total = fromTenths(a.sessionTenths + a.selfTenths);
    const target = targetOf(p);
    const isShort = !meetsTarget(total, target);
    return {
      personId: p.id,
      name: p.name,
      post: p.post ?? null,
      orgId: p.orgId,
      orgName: orgName.get(p.orgId)?.name ?? '',
      isCivilServant: p.isCivilServant,
      sessionsAttended: a.attended,
      sessionsMissed: a.missed,
      sessionHours: fromTenths(a.sessionTenths),
      selfStudyHours: fromTenths(a.selfTenths),
      totalHours: total,
      targetHours: target,
      isShort,
      shortfallHours: isShort ? fromTenths(toTenths(target) - toTenths(total)) : 0,
      examsTaken: a.taken,
      examsPassed: a.passed,
      examsAbsent: a.absent,
      averageScore: a.scored ? round1(a.scoreSum / a.scored) : null,
      rank: 0,
    };
  });
  rankBy(
    people,
    (r) => toTenths(r.totalHours),
    (r, rank) => {
      r.rank = rank;
    },
  );

  const byOrg = new Map<string, LedgerPersonRow[]>();
  for (const r of people) byOrg.set(r.orgId, [...(byOrg.get(r.orgId) ?? []), r]);
  const orgs: LedgerOrgRow[] = [...byOrg.entries()].map(([orgId, rows]) => {
    const totalTenths = rows.reduce((s, r) => s + toTenths(r.totalHours), 0);
    const scored = rows.filter((r) => r.averageScore !== null);
    return {
      orgId,
      orgName: orgName.get(orgId)?.name ?? '',
      orgKind: orgName.get(orgId)?.kind ?? '',
      peopleCount: rows.length,
      totalHours: fromTenths(totalTenths),
      averageHours: round1(fromTenths(totalTenths) / rows.length),
      shortCount: rows.filter((r) => r.isShort).length,
      averageScore: scored.length ? round1(scored.reduce((s, r) => s + r.averageScore!, 0) / scored.length) : null,
      rank: 0,
    };
  });
  rankBy(
    orgs,
    (r) => toTenths(r.averageHours),
    (r, rank) => {
      r.rank = rank;
    },
  );
  people.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'zh-CN'));
  orgs.sort((a, b) => a.rank - b.rank);
  return { from: range.from, to: range.to, people, orgs, sessionCount: sessionHours.size, examCount: examPass.size };
}
