import { type ComplianceResult } from '@yifa/domain';
import {
  checkPreAppointmentExam,
  COLLECTIVE_SESSION_KINDS,
  computeLedger,
  LEADER_TRAINING_KIND,
  participationPercent,
} from '@yifa/domain/law-study';
import { and, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ComplianceOrg, ComplianceRule } from '../../platform/compliance/index.ts';
import { listAppointments, listRoll, listTownshipOrgs, loadLedgerData, preAppointmentResults, type RollPerson } from './repository.ts';
import { lawStudySessions } from './tables.ts';
import { DEFAULT_HOURS_PARAMS, HOURS_RULE_CODE, ZHoursParams, type HoursParams } from './hours-params.ts';

const BASIS_COMMITMENT =
  '本乡镇法治政府建设承诺（2021年度法治政府建设报告）；《关于完善国家工作人员学法用法制度的意见》（中组部、中宣部、司法部、人社部，2016年3月22日）';

/** On the roll some time in the year (joined by 31 Dec, not left before 1 Jan). */
const onRollIn = (p: RollPerson, year: number) =>
  (!p.joinedOn || p.joinedOn <= `${year}-12-31`) && (!p.leftOn || p.leftOn > `${year}-01-01`);
const link = (path: string, year: number, extra = '') => `/law-study/${path}?year=${year}${extra}`;

async function countSessions(
  db: Parameters<ComplianceRule['evaluate']>[0],
  townshipId: string,
  year: number,
  kinds: readonly string[],
): Promise<number> {
  const rows = await db
    .select({ id: lawStudySessions.id })
    .from(lawStudySessions)
    .where(
      and(
        eq(lawStudySessions.townshipId, townshipId),
        isNull(lawStudySessions.deletedAt),
        inArray(lawStudySessions.kind, [...kinds]),
        gte(lawStudySessions.heldOn, `${year}-01-01`),
        lte(lawStudySessions.heldOn, `${year}-12-31`),
      ),
    );
  return rows.length;
}

/** The year's general (yearly) law exams of a township: how many, and who sat one (present, not absent). */
async function examSittersOf(
  db: Parameters<ComplianceRule['evaluate']>[0],
  townshipId: string,
  year: number,
): Promise<{ count: number; sat: Set<string> }> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const inYear = sql`e.township_id = ${townshipId} and e.deleted_at is null and e.kind = 'general' and e.held_on between ${from} and ${to}`;
  const res = await db.execute<{ exams: number; sat: string[] }>(sql`
    select (select count(*)::int from law_study_exams e where ${inYear}) as exams,
           coalesce((select array_agg(distinct s.person_id::text) from law_study_exam_scores s
                     join law_study_exams e on e.id = s.exam_id where ${inYear} and not s.is_absent), '{}'::text[]) as sat`);
  const row = res.rows[0];
  return { count: row?.exams ?? 0, sat: new Set(row?.sat ?? []) };
}

function townshipResult(orgs: ComplianceOrg[], make: (org: ComplianceOrg) => ComplianceResult): ComplianceResult[] {
  return orgs.map(make);
}

// ── ≥ 6 collective sessions a year ────────────────────────────────────────────
const ZSessionsParams = z
  .object({
    minSessions: z
      .number({ error: '次数必须是数字' })
      .int({ error: '次数必须是整数' })
      .min(1, { error: '至少1次' })
      .max(100, { error: '不能超过100次' }),
    kinds: z.array(z.string().min(1)).min(1, { error: '至少选择一种活动类型' }),
  })
  .strict();
type SessionsParams = z.infer<typeof ZSessionsParams>;

export const collectiveSessionsRule: ComplianceRule<SessionsParams> = {
  code: 'law-study.collective-sessions-per-year',
  module: 'law-study',
  titleZh: '每年集体学法活动不少于6次',
  titleEn: 'At least 6 collective law-study sessions a year',
  legalBasis: `${BASIS_COMMITMENT}：“全年安排不少于6次学法活动”。`,
  paramsSchema: ZSessionsParams,
  defaultParams: { minSessions: 6, kinds: [...COLLECTIVE_SESSION_KINDS] },
  appliesTo: ['township'],
  async evaluate(db, { townshipId, year, params, orgs }) {
    const n = await countSessions(db, townshipId, year, params.kinds);
    return townshipResult(orgs, (org) => ({
      orgId: org.id,
      status: n >= params.minSessions ? 'met' : 'notMet',
      actual: n,
      target: params.minSessions,
      detailZh:
        n >= params.minSessions ? `${year}年已开展集体学法活动${n}次` : `${year}年仅开展集体学法活动${n}次，少于${params.minSessions}次`,
      evidence: [{ labelZh: `${year}年学法活动`, link: link('sessions', year) }],
    }));
  },
};

// ── ≥ 1 leaders' rule-of-law training class a year ────────────────────────────
const ZClassParams = z
  .object({
    minClasses: z
      .number({ error: '期数必须是数字' })
      .int({ error: '期数必须是整数' })
      .min(1, { error: '至少1期' })
      .max(20, { error: '不能超过20期' }),
  })
  .strict();

export const leaderTrainingRule: ComplianceRule<z.infer<typeof ZClassParams>> = {
  code: 'law-study.leader-training-classes',
  module: 'law-study',
  titleZh: '每年至少举办一期领导干部法治专题培训班',
  titleEn: 'At least one rule-of-law training class for leaders a year',
  legalBasis: `${BASIS_COMMITMENT}：“每年至少举行一期领导干部法治专题培训班”。`,
  paramsSchema: ZClassParams,
  defaultParams: { minClasses: 1 },
  appliesTo: ['township'],
  async evaluate(db, { townshipId, year, params, orgs }) {
    const n = await countSessions(db, townshipId, year, [LEADER_TRAINING_KIND]);
    return townshipResult(orgs, (org) => ({
      orgId: org.id,
      status: n >= params.minClasses ? 'met' : 'notMet',
      actual: n,
      target: params.minClasses,
      detailZh:
        n >= params.minClasses
          ? `${year}年已举办领导干部法治专题培训班${n}期`
          : `${year}年尚未举办足够的领导干部法治专题培训班（${n}/${params.minClasses}期）`,
      evidence: [{ labelZh: '领导干部法治专题培训班', link: link('sessions', year, `&kind=${LEADER_TRAINING_KIND}`) }],
    }));
  },
};

// ── ≥ 60 hours per cadre ──────────────────────────────────────────────────────
export const hoursPerCadreRule: ComplianceRule<HoursParams> = {
  code: HOURS_RULE_CODE,
  module: 'law-study',
  titleZh: '干部每年学法不少于60学时',
  titleEn: 'Every cadre studies law at least 60 hours a year',
  legalBasis: `${BASIS_COMMITMENT}：“全乡公务员每年学习法律知识不少于60学时，并将学法情况和考试成绩进行通报”。`,
  paramsSchema: ZHoursParams,
  defaultParams: DEFAULT_HOURS_PARAMS,
  appliesTo: ['township', 'department', 'village'],
  async evaluate(db, { townshipId, year, params, orgs }) {
    const [roll, allOrgs, data] = await Promise.all([
      listRoll(db, townshipId),
      listTownshipOrgs(db, townshipId),
      loadLedgerData(db, townshipId, `${year}-01-01`, `${year}-12-31`),
    ]);
    const counted = roll.filter((p) => onRollIn(p, year) && (!params.onlyCivilServants || p.isCivilServant));
    const ledger = computeLedger({ year, target: params, people: counted, orgs: allOrgs, ...data });
    return orgs.map((org): ComplianceResult => {
      const rows = ledger.people.filter((p) => p.orgId === org.id);
      if (rows.length === 0)
        return {
          orgId: org.id,
          status: 'notApplicable',
          actual: null,
          target: null,
          detailZh: `${org.name}无应统计学时的干部`,
          evidence: [],
        };
      const short = rows.filter((r) => r.isShort);
      return {
        orgId: org.id,
        status: short.length ? 'notMet' : 'met',
        actual: rows.length - short.length,
        target: rows.length,
        detailZh: short.length
          ? `${org.name}${rows.length}人中${short.length}人未达标：${short
              .slice(0, 10)
              .map((r) => `${r.name}（${r.totalHours}/${r.targetHours}学时）`)
              .join('、')}${short.length > 10 ? '等' : ''}`
          : `${org.name}${rows.length}人均已达到年度学时`,
        evidence: [
          { labelZh: `${org.name}学时台账`, link: link('hours', year, `&orgId=${org.id}`) },
          ...short.slice(0, 10).map((r) => ({ labelZh: `${r.name}的学时`, link: link('hours', year, `&personId=${r.personId}`) })),
        ],
      };
    });
  },
};

// ── Exam participation ────────────────────────────────────────────────────────
const ZExamParams = z
  .object({
    minParticipationPercent: z.number({ error: '参考率必须是数字' }).int().min(1, { error: '至少1%' }).max(100, { error: '不能超过100%' }),
    onlyCivilServants: z.boolean(),
  })
  .strict();

export const examParticipationRule: ComplianceRule<z.infer<typeof ZExamParams>> = {
  code: 'law-study.exam-participation',
  module: 'law-study',
  titleZh: '干部参加年度学法考试',
  titleEn: 'Cadres sit the yearly law exam',
  legalBasis: `${BASIS_COMMITMENT}：“将学法情况和考试成绩进行通报”；《关于完善国家工作人员学法用法制度的意见》（2016年）关于考试考核的要求。`,
  paramsSchema: ZExamParams,
  defaultParams: { minParticipationPercent: 100, onlyCivilServants: true },
  appliesTo: ['township', 'department', 'village'],
  async evaluate(db, { townshipId, year, params, orgs }) {
    // Who sat a yearly exam, in one statement: not the whole ledger (a year of attendance) the hours rule needs.
    const [roll, exams] = await Promise.all([listRoll(db, townshipId), examSittersOf(db, townshipId, year)]);
    const general = { size: exams.count };
    const sat = exams.sat;
    const counted = roll.filter((p) => onRollIn(p, year) && (!params.onlyCivilServants || p.isCivilServant));
    return orgs.map((org): ComplianceResult => {
      const rows = counted.filter((p) => p.orgId === org.id);
      if (general.size === 0 || rows.length === 0) {
        return {
          orgId: org.id,
          status: 'notApplicable',
          actual: null,
          target: null,
          detailZh: general.size === 0 ? `${year}年尚未组织学法考试` : `${org.name}无应参考干部`,
          evidence: [],
        };
      }
      const n = rows.filter((p) => sat.has(p.id)).length;
      const pct = participationPercent(rows.length, n);
      const missing = rows.filter((p) => !sat.has(p.id));
      return {
        orgId: org.id,
        status: pct >= params.minParticipationPercent ? 'met' : 'notMet',
        actual: pct,
        target: params.minParticipationPercent,
        detailZh: missing.length
          ? `${org.name}参考率${pct}%，未参考：${missing
              .slice(0, 10)
              .map((p) => p.name)
              .join('、')}`
          : `${org.name}应参考${rows.length}人全部参考`,
        evidence: [{ labelZh: `${year}年学法考试`, link: link('exams', year) }],
      };
    });
  },
};

// ── Pre-appointment law exams ─────────────────────────────────────────────────
const ZAppointmentParams = z
  .object({
    maxDaysBefore: z.number({ error: '天数必须是数字' }).int().min(1, { error: '至少1天' }).max(1095, { error: '不能超过1095天' }),
  })
  .strict();

export const preAppointmentExamRule: ComplianceRule<z.infer<typeof ZAppointmentParams>> = {
  code: 'law-study.pre-appointment-exams',
  module: 'law-study',
  titleZh: '领导干部任前法律知识考试',
  titleEn: 'Leaders pass a law exam before taking a post',
  legalBasis: `${BASIS_COMMITMENT}：“完善领导干部任前法律知识考试制度”。`,
  paramsSchema: ZAppointmentParams,
  defaultParams: { maxDaysBefore: 365 },
  appliesTo: ['township'],
  async evaluate(db, { townshipId, year, params, orgs }) {
    const appointments = await listAppointments(db, townshipId, year);
    const results = await preAppointmentResults(db, townshipId, [...new Set(appointments.map((a) => a.row.personId))]);
    const uncovered = appointments.filter(
      (a) =>
        !checkPreAppointmentExam(
          a.row.appointedOn,
          results.filter((r) => r.personId === a.row.personId),
          params.maxDaysBefore,
        ).isCovered,
    );
    return townshipResult(orgs, (org) =>
      appointments.length === 0
        ? { orgId: org.id, status: 'notApplicable', actual: null, target: null, detailZh: `${year}年无领导干部任职记录`, evidence: [] }
        : {
            orgId: org.id,
            status: uncovered.length ? 'notMet' : 'met',
            actual: appointments.length - uncovered.length,
            target: appointments.length,
            detailZh: uncovered.length
              ? `任职前未通过任前法律知识考试：${uncovered.map((a) => `${a.personName}（${a.row.post}，${a.row.appointedOn}）`).join('、')}`
              : `${appointments.length}名领导干部均在任职前通过任前法律知识考试`,
            evidence: [{ labelZh: '领导干部任职与任前考试', link: link('appointments', year) }],
          },
    );
  },
};

export const LAW_STUDY_RULES = [
  collectiveSessionsRule,
  leaderTrainingRule,
  hoursPerCadreRule,
  examParticipationRule,
  preAppointmentExamRule,
];
