import { and, eq, isNull } from 'drizzle-orm';
import { writeAudit, type Actor } from '../../platform/audit/write-audit.ts';
import { currentYearInChina, todayInChina } from '../../platform/calendar/today.ts';
import type { Tx } from '../../platform/db/client.ts';
import { listLaws, listRoll } from './repository.ts';
import { seedStudyLaws } from './reference-seed.ts';
import {
  lawStudyAppointments,
  lawStudyAttendances,
  lawStudyExams,
  lawStudyExamScores,
  lawStudyLaws,
  lawStudySelfStudies,
  lawStudySessions,
} from './tables.ts';

const SESSIONS: [month: number, day: number, kind: string, title: string, hours: number, speaker: string, lawIndex: number][] = [
  [1, 16, 'theoryCenterGroup', '学习习近平法治思想', 4, '王建国', 1],
  [2, 20, 'preMeeting', '会前学法：宪法修正案要点', 2, '吴平', 0],
  [3, 12, 'collective', '民法典物权编与农村土地纠纷', 6, '赵刚', 2],
  [4, 15, 'lecture', '国家安全教育日专题讲座', 4, '县司法局讲师', 0],
  [5, 21, 'collective', '行政处罚法与综合行政执法', 6, '何勇', 3],
  [6, 18, 'trainingClass', '安全生产法与应急处置培训', 8, '钱静', 14],
  [7, 9, 'preMeeting', '会前学法：信访工作条例', 2, '孙磊', 12],
  [8, 27, 'leaderTrainingClass', '领导干部法治专题培训班', 12, '市委党校讲师', 1],
  [9, 17, 'collective', '政府信息公开条例解读', 6, '郑芳', 9],
  [10, 22, 'lecture', '个人信息保护法专题讲座', 4, '周敏（法律顾问）', 15],
  [11, 12, 'collective', '法治宣传教育法学习', 6, '周敏', 8],
];
const PLACES = ['乡政府三楼会议室', '乡政府一楼党员活动室', '乡综治中心会议室'];

/** A year of study for the demo township, up to today: sessions with attendance, an exam, self-study claims, an appointment. */
export async function seedLawStudyDemo(tx: Tx, townshipId: string, actor: Actor): Promise<void> {
  await seedStudyLaws(tx, townshipId);
  const year = currentYearInChina();
  const today = todayInChina();
  const roll = (await listRoll(tx, townshipId)).filter((p) => p.isCivilServant);
  const laws = await listLaws(tx, townshipId);
  if (roll.length === 0) return;
  const at = (m: number, d: number) => `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  let sessionCount = 0;
  for (const [i, [m, d, kind, title, hours, speaker, lawIndex]] of SESSIONS.entries()) {
    const heldOn = at(m, d);
    if (heldOn > today) continue;
    const [s] = await tx
      .insert(lawStudySessions)
      .values({
        townshipId,
        orgId: townshipId,
        kind,
        title,
        heldOn,
        hours,
        speaker,
        place: PLACES[i % PLACES.length]!,
        materials: `《${laws[lawIndex]?.name ?? '中华人民共和国宪法'}》学习辅导材料`,
        lawIds: laws[lawIndex] ? [laws[lawIndex].id] : [],
      })
      .returning();
    const attendees = kind === 'leaderTrainingClass' ? roll.filter((p) => p.isLeader) : roll;
    // A few absences, deterministic: every 5th cadre misses every 4th session.
    await tx.insert(lawStudyAttendances).values(
      attendees.map((p, j) => {
        const isAbsent = (i % 4 === 1 && j % 5 === 2) || (i % 3 === 2 && j === attendees.length - 1);
        return {
          townshipId,
          sessionId: s!.id,
          personId: p.id,
          isPresent: !isAbsent,
          absenceReason: isAbsent ? (j % 2 ? '外出开会' : '病假') : null,
        };
      }),
    );
    sessionCount++;
  }
  const examDay = at(6, 28) <= today ? at(6, 28) : today;
  const [exam] = await tx
    .insert(lawStudyExams)
    .values({
      townshipId,
      orgId: townshipId,
      kind: 'general',
      title: `${year}年度干部学法考试`,
      heldOn: examDay,
      fullMark: 100,
      passMark: 60,
    })
    .returning();
  await tx
    .insert(lawStudyExamScores)
    .values(
      roll.map((p, j) =>
        j % 7 === 3
          ? { townshipId, examId: exam!.id, personId: p.id, score: null, isAbsent: true }
          : { townshipId, examId: exam!.id, personId: p.id, score: 58 + ((j * 13) % 40), isAbsent: false },
      ),
    );
  const claims: [number, 'selfStudy' | 'online', string, number, 'pending' | 'approved' | 'rejected'][] = [
    [0, 'online', '湖南省学法考法平台：宪法专题课程', 12, 'approved'],
    [1, 'online', '湖南省学法考法平台：民法典系列课程', 10, 'approved'],
    [6, 'selfStudy', '自学《行政复议法》（2023年修订）', 6, 'pending'],
    [8, 'selfStudy', '自学《政府信息公开条例》', 4, 'pending'],
    [9, 'online', '网络学法：安全生产法', 3, 'rejected'],
  ];
  for (const [j, kind, title, hours, status] of claims) {
    const p = roll[j % roll.length]!;
    await tx.insert(lawStudySelfStudies).values({
      townshipId,
      orgId: p.orgId,
      personId: p.id,
      kind,
      title,
      studiedOn: at(5, 10 + j) <= today ? at(5, 10 + j) : today,
      hours,
      source: kind === 'online' ? '湖南省学法考法平台' : null,
      status,
      reviewNote: status === 'rejected' ? '证明材料不清晰，请重新上传学习记录截图' : null,
      reviewedAt: status === 'pending' ? null : new Date(),
    });
  }
  const leader = roll.find((p) => p.isLeader && p.post?.includes('副乡长')) ?? roll.find((p) => p.isLeader);
  if (leader) {
    const [pre] = await tx
      .insert(lawStudyExams)
      .values({
        townshipId,
        orgId: townshipId,
        kind: 'preAppointment',
        title: '领导干部任前法律知识考试',
        heldOn: at(3, 2),
        fullMark: 100,
        passMark: 60,
      })
      .returning();
    await tx.insert(lawStudyExamScores).values({ townshipId, examId: pre!.id, personId: leader.id, score: 86, isAbsent: false });
    await tx
      .insert(lawStudyAppointments)
      .values({ townshipId, orgId: leader.orgId, personId: leader.id, post: '党委委员、副乡长', appointedOn: at(3, 20) });
  }
  const [count] = await tx
    .select({ id: lawStudyLaws.id })
    .from(lawStudyLaws)
    .where(and(eq(lawStudyLaws.townshipId, townshipId), isNull(lawStudyLaws.deletedAt)))
    .limit(1);
  await writeAudit(tx, actor, {
    action: 'law-study.demo.seed',
    entityType: 'org',
    entityId: townshipId,
    townshipId,
    after: { sessions: sessionCount, hasLaws: !!count },
  });
}
