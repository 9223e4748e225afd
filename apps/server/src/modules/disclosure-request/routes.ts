import { MEDIA_TYPES } from '@yifa/domain';
import { disclosureRequestApi as api } from '@yifa/domain/disclosure-request';
import type { FastifyPluginAsync } from 'fastify';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import { route } from '../../platform/http/route.ts';
import { sendDownload } from '../../platform/http/send-download.ts';
import { presentReview } from './presenter.ts';
import { addReview } from './use-cases/add-review.ts';
import { answerConsultation } from './use-cases/answer-consultation.ts';
import { approveExtension } from './use-cases/approve-extension.ts';
import { closeNoCorrection } from './use-cases/close-no-correction.ts';
import { confirmReceipt } from './use-cases/confirm-receipt.ts';
import { deleteRequest } from './use-cases/delete-request.ts';
import { issueReply } from './use-cases/issue-reply.ts';
import { listRequests } from './use-cases/list-requests.ts';
import { recordCorrection } from './use-cases/record-correction.ts';
import { recordDelivery } from './use-cases/record-delivery.ts';
import { registerRequest } from './use-cases/register-request.ts';
import { renderLetter } from './use-cases/render-letter.ts';
import { requestClarification } from './use-cases/request-clarification.ts';
import { requestExtension } from './use-cases/request-extension.ts';
import { reviewComplete } from './use-cases/review-complete.ts';
import { saveReplyDraft } from './use-cases/save-reply-draft.ts';
import { startConsultation } from './use-cases/start-consultation.ts';
import { updateReview } from './use-cases/update-review.ts';
import { viewRequest } from './use-cases/view-request.ts';

// HTTP only: each contract of packages/domain disclosure-request/api.ts, and the use case it calls.
export const disclosureRequestRoutes: FastifyPluginAsync = async (app) => {
  const ctx = app.ctx;
  /** After a step, the request as it now stands (its clock, abilities and allowed steps). */
  const detail = (auth: AuthContext, id: string) => viewRequest(ctx, auth, id, false);

  route(app, api.list, ({ auth, query }) => listRequests(ctx, auth, query));
  route(app, api.view, ({ auth, params, query }) => viewRequest(ctx, auth, params.id, query.unmasked === 'true'));
  route(app, api.register, async ({ auth, query, body }) => detail(auth, (await registerRequest(ctx, auth, query, body)).id));

  route(app, api.confirmReceipt, async ({ auth, params, body }) => detail(auth, (await confirmReceipt(ctx, auth, params.id, body)).id));
  route(app, api.reviewComplete, async ({ auth, params, body }) => detail(auth, (await reviewComplete(ctx, auth, params.id, body)).id));
  route(app, api.clarification, async ({ auth, params, body }) =>
    detail(auth, (await requestClarification(ctx, auth, params.id, body)).id),
  );
  route(app, api.correction, async ({ auth, params, body }) => detail(auth, (await recordCorrection(ctx, auth, params.id, body)).id));
  route(app, api.closeNoCorrection, async ({ auth, params, body }) =>
    detail(auth, (await closeNoCorrection(ctx, auth, params.id, body)).id),
  );
  route(app, api.consultation, async ({ auth, params, body }) => detail(auth, (await startConsultation(ctx, auth, params.id, body)).id));
  route(app, api.answerConsultation, async ({ auth, params, body }) =>
    detail(auth, (await answerConsultation(ctx, auth, params.id, params.consultationId, body)).id),
  );
  route(app, api.extensionRequest, async ({ auth, params, body }) => detail(auth, (await requestExtension(ctx, auth, params.id, body)).id));
  route(app, api.extensionApproval, async ({ auth, params, body }) =>
    detail(auth, (await approveExtension(ctx, auth, params.id, body)).id),
  );
  route(app, api.replyDraft, async ({ auth, params, body }) => detail(auth, (await saveReplyDraft(ctx, auth, params.id, body)).id));
  route(app, api.reply, async ({ auth, params, body }) => detail(auth, (await issueReply(ctx, auth, params.id, body)).id));
  route(app, api.delivery, async ({ auth, params, body }) => detail(auth, (await recordDelivery(ctx, auth, params.id, body)).id));

  route(app, api.letter, async ({ auth, params, reply }) => {
    const { buffer, fileName } = await renderLetter(ctx, auth, params.id);
    return sendDownload(reply, { body: buffer, fileName, mediaType: MEDIA_TYPES.docx });
  });
  route(app, api.delete, ({ auth, params }) => deleteRequest(ctx, auth, params.id));

  route(app, api.addReview, async ({ auth, params, body }) => presentReview(await addReview(ctx, auth, params.id, body), auth));
  route(app, api.updateReview, async ({ auth, params, body }) => presentReview(await updateReview(ctx, auth, params.id, body), auth));
};
