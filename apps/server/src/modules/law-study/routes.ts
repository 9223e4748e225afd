import { lawStudyApi as api } from '@yifa/domain/law-study';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentYearInChina } from '../../platform/calendar/today.ts';
import { route } from '../../platform/http/route.ts';
import { sendDownload } from '../../platform/http/send-download.ts';
import { acceptUploads, readImportFile } from './imports/upload.ts';
import { presentLaw } from './presenter.ts';
import { createAppointment } from './use-cases/create-appointment.ts';
import { createExam } from './use-cases/create-exam.ts';
import { createLaw } from './use-cases/create-law.ts';
import { createSelfStudy } from './use-cases/create-self-study.ts';
import { createSession } from './use-cases/create-session.ts';
import { deleteSession } from './use-cases/delete-session.ts';
import { getExam } from './use-cases/get-exam.ts';
import { getLedger } from './use-cases/get-ledger.ts';
import { getPersonHours } from './use-cases/get-person-hours.ts';
import { getSession } from './use-cases/get-session.ts';
import { importSheet } from './use-cases/import-sheet.ts';
import { importTemplate } from './use-cases/import-template.ts';
import { issueBulletin } from './use-cases/issue-bulletin.ts';
import { listAppointments } from './use-cases/list-appointments.ts';
import { listExams } from './use-cases/list-exams.ts';
import { listLaws } from './use-cases/list-laws.ts';
import { listRoll } from './use-cases/list-roll.ts';
import { listSelfStudies } from './use-cases/list-self-studies.ts';
import { listSessions } from './use-cases/list-sessions.ts';
import { reviewSelfStudy } from './use-cases/review-self-study.ts';
import { saveScores } from './use-cases/save-scores.ts';
import { updateSession } from './use-cases/update-session.ts';

// HTTP only: each contract of @yifa/domain lawStudyApi bound to its use case.
export const lawStudyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  await acceptUploads(app);

  route(app, api.listLaws, ({ auth, query }) => listLaws(ctx.db, auth, query.townshipId));
  route(app, api.createLaw, async ({ auth, body }) => presentLaw(await createLaw(ctx, auth, body)));
  route(app, api.listRoll, ({ auth, query }) => listRoll(ctx.db, auth, query.townshipId));

  route(app, api.listSessions, ({ auth, query }) => listSessions(ctx.db, auth, query));
  route(app, api.getSession, ({ auth, params }) => getSession(ctx.db, auth, params.id));
  route(app, api.createSession, async ({ auth, body }) => ({ id: (await createSession(ctx, auth, body)).id }));
  route(app, api.updateSession, async ({ auth, params, body }) => {
    await updateSession(ctx, auth, params.id, body);
    return { ok: true as const };
  });
  route(app, api.deleteSession, async ({ auth, params }) => {
    await deleteSession(ctx, auth, params.id);
    return { ok: true as const };
  });

  route(app, api.listSelfStudies, ({ auth, query }) => listSelfStudies(ctx.db, auth, query));
  route(app, api.createSelfStudy, async ({ auth, body }) => ({ id: (await createSelfStudy(ctx, auth, body)).id }));
  route(app, api.reviewSelfStudy, ({ auth, params, body }) => reviewSelfStudy(ctx, auth, params.id, body));

  route(app, api.listExams, ({ auth, query }) => listExams(ctx.db, auth, query));
  route(app, api.getExam, ({ auth, params }) => getExam(ctx.db, auth, params.id));
  route(app, api.createExam, async ({ auth, body }) => ({ id: (await createExam(ctx, auth, body)).id }));
  route(app, api.saveScores, ({ auth, params, body }) => saveScores(ctx, auth, params.id, body));

  route(app, api.listAppointments, ({ auth, query }) => listAppointments(ctx.db, auth, query));
  route(app, api.createAppointment, async ({ auth, body }) => ({ id: (await createAppointment(ctx, auth, body)).id }));

  route(app, api.getLedger, ({ auth, query }) => getLedger(ctx.db, auth, query));
  route(app, api.getPersonHours, ({ auth, params, query }) => getPersonHours(ctx.db, auth, params.id, query.year ?? currentYearInChina()));
  route(app, api.bulletin, async ({ auth, query, reply }) => sendDownload(reply, await issueBulletin(ctx.db, auth, query)));

  route(app, api.attendanceTemplate, async ({ reply }) => sendDownload(reply, await importTemplate('attendance')));
  route(app, api.scoresTemplate, async ({ reply }) => sendDownload(reply, await importTemplate('scores')));
  route(app, api.platformHoursTemplate, async ({ reply }) => sendDownload(reply, await importTemplate('platformHours')));
  route(app, api.importAttendance, async ({ auth, query, request, reply }) =>
    importSheet(ctx, auth, 'attendance', await readImportFile(request, reply), query.examId),
  );
  route(app, api.importScores, async ({ auth, query, request, reply }) =>
    importSheet(ctx, auth, 'scores', await readImportFile(request, reply), query.examId),
  );
  route(app, api.importPlatformHours, async ({ auth, query, request, reply }) =>
    importSheet(ctx, auth, 'platformHours', await readImportFile(request, reply), query.examId),
  );
};
