import type { ImportKind, ImportResult } from '@yifa/domain/law-study';
import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { ATTENDANCE_COLUMNS, planAttendanceImport } from '../imports/attendance-import.ts';
import { PLATFORM_HOUR_COLUMNS, planPlatformHoursImport } from '../imports/platform-hours-import.ts';
import { planScoresImport, SCORE_COLUMNS } from '../imports/scores-import.ts';
import { MAX_IMPORT_BYTES, readSheet, throwIfErrors } from '../imports/sheet.ts';
import type { ImportPlan } from '../imports/types.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { findExam } from '../repository.ts';
import { lawStudyImports } from '../tables.ts';

export const IMPORT_COLUMNS = { attendance: ATTENDANCE_COLUMNS, scores: SCORE_COLUMNS, platformHours: PLATFORM_HOUR_COLUMNS } as const;

/**
 * Imports an Excel sheet all or nothing: every row is checked before anything is written, the
 * problems come back together (row, column, reason), and the writes share one transaction.
 * Idempotent twice over: the same file for the same target is recognised by its SHA-256 and
 * changes nothing; a re-saved copy matches rows by their natural keys (session × cadre,
 * exam × cadre, platform record) and changes only what differs.
 */
export async function importSheet(
  ctx: AppContext,
  auth: AuthContext,
  kind: ImportKind,
  buffer: Buffer,
  examId?: string,
): Promise<ImportResult> {
  if (buffer.length > MAX_IMPORT_BYTES) throw new AppError('LAW_STUDY.IMPORT_TOO_LARGE');
  const townshipId = await resolveTownship(ctx.db, auth, undefined, 'write');
  const sha256 = crypto.createHash('sha256').update(buffer).digest('hex');
  if (kind === 'scores' && !examId)
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      invalidParams: [{ name: 'querystring.examId', code: 'required', reason: '请选择要导入成绩的考试' }],
    });
  const { rows, errors } = await readSheet(buffer, IMPORT_COLUMNS[kind]);
  throwIfErrors(errors);
  return ctx.db.transaction(async (tx) => {
    // Two imports of one file at once: the second waits, then sees the first.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`law-study-import|${townshipId}`}))`);
    const exam = examId ? await findExam(tx, [townshipId], examId) : null;
    if (examId && !exam) throw new AppError('RECORD.NOT_FOUND');
    const targetId = exam?.id ?? null;
    const [previous] = await tx
      .select()
      .from(lawStudyImports)
      .where(
        and(
          eq(lawStudyImports.townshipId, townshipId),
          eq(lawStudyImports.kind, kind),
          targetId ? eq(lawStudyImports.targetId, targetId) : sql`${lawStudyImports.targetId} is null`,
          eq(lawStudyImports.sha256, sha256),
        ),
      )
      .limit(1);
    if (previous)
      return {
        kind,
        rowCount: rows.length,
        created: 0,
        updated: 0,
        unchanged: rows.length,
        isRepeat: true,
        ...(kind === 'attendance' ? { sessionsCreated: 0, sessionsUpdated: 0 } : {}),
      };
    let plan: ImportPlan;
    if (kind === 'attendance') plan = await planAttendanceImport(tx, townshipId, rows, auth.user.id);
    else if (kind === 'scores') plan = await planScoresImport(tx, townshipId, exam!, rows);
    else plan = await planPlatformHoursImport(tx, townshipId, rows, auth.user.id);
    throwIfErrors(plan.errors);
    const { changes = [], ...counts } = await plan.apply(tx);
    const [batch] = await tx
      .insert(lawStudyImports)
      .values({
        townshipId,
        orgId: townshipId,
        kind,
        targetId,
        sha256,
        rowCount: rows.length,
        created: counts.created,
        updated: counts.updated,
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning({ id: lawStudyImports.id });
    await writeAudit(tx, actorOf(auth), {
      action: `law-study.import.${kind}`,
      entityType: 'lawStudyImport',
      entityId: batch!.id,
      townshipId,
      after: { sha256, rowCount: rows.length, targetId, ...counts },
    });
    // Each record the sheet corrected gets its own entry, found in that record's history with its before and after.
    for (const c of changes) {
      await writeAudit(tx, actorOf(auth), {
        action: c.action,
        entityType: c.entityType,
        entityId: c.entityId,
        townshipId,
        before: c.before,
        after: c.after,
        detail: `Excel 导入更正（导入批次 ${batch!.id}）`,
      });
    }
    return { kind, rowCount: rows.length, isRepeat: false, ...counts };
  });
}
