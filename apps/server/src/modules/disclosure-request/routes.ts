import {
  ZAnswerConsultation,
  ZApproveExtension,
  ZCloseNoCorrection,
  ZConfirmReceipt,
  ZIssueReply,
  ZRecordCorrection,
  ZRecordDelivery,
  ZRegisterRequest,
  ZRequestClarification,
  ZRequestExtension,
  ZRequestListQuery,
  ZReviewComplete,
  ZSaveReplyDraft,
  ZSaveReview,
  ZStartConsultation,
  ZUpdateReview,
  ZUuid,
} from '@yifa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../../platform/http/access.ts';
import { presentReview } from './presenter.ts';
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
import { createReview, updateReview } from './use-cases/save-review.ts';
import { saveReplyDraft } from './use-cases/save-reply-draft.ts';
import { startConsultation } from './use-cases/start-consultation.ts';
import { viewRequest } from './use-cases/view-request.ts';

const ZIdParams = z.object({ id: ZUuid }).strict();
const READ = 'disclosure-request:request:read';
const WRITE = 'disclosure-request:request:write';

// HTTP only: path, zod schemas from @yifa/domain, the permission (config.access), a use case call.
export const disclosureRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const tags = ['disclosure-request'];
  const base = '/disclosure-requests';
  const ok = async (id: string, request: Parameters<typeof requireAuth>[0]) => viewRequest(ctx, requireAuth(request), id, false);

  app.get(
    base,
    {
      config: { access: READ },
      schema: { tags, summary: '依申请公开列表（申请人个人信息不显示；含逾期数、结转和重复申请标记）', querystring: ZRequestListQuery },
    },
    async (request) => listRequests(ctx, requireAuth(request), request.query),
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: READ },
      schema: {
        tags,
        summary: '一件申请：期限说明、办理经过、复议诉讼、相似申请；unmasked=true 显示完整个人信息（需权限，留痕）',
        params: ZIdParams,
        querystring: z.object({ unmasked: z.enum(['true', 'false']).optional() }).strict(),
      },
    },
    async (request) => viewRequest(ctx, requireAuth(request), request.params.id, request.query.unmasked === 'true'),
  );

  app.post(
    base,
    {
      config: { access: WRITE },
      schema: { tags, summary: '登记申请（当面、邮寄、网络、传真；收到申请之日依条例第三十一条）', body: ZRegisterRequest },
    },
    async (request, reply) => {
      const row = await registerRequest(ctx, requireAuth(request), request.body);
      return reply.code(201).send(await ok(row.id, request));
    },
  );

  const step = <S extends z.ZodType>(
    path: string,
    summary: string,
    body: S,
    run: (id: string, body: z.infer<S>, request: Parameters<typeof requireAuth>[0]) => Promise<unknown>,
    access: 'disclosure-request:request:write' | 'disclosure-request:request:approve-extension' = WRITE,
  ) => {
    app.post(`${base}/:id/${path}`, { config: { access }, schema: { tags, summary, params: ZIdParams, body } }, async (request) => {
      await run(request.params.id, request.body as z.infer<S>, request);
      return ok(request.params.id, request);
    });
  };
  step('confirm-receipt', '确认收到网络、传真或平常信函申请（条例第三十一条）', ZConfirmReceipt, (id, b, r) =>
    confirmReceipt(ctx, requireAuth(r), id, b),
  );
  step('review-complete', '审查：申请内容明确，无需补正', ZReviewComplete, (id, b, r) => reviewComplete(ctx, requireAuth(r), id, b));
  step('clarification', '发出补正通知（条例第三十条）', ZRequestClarification, (id, b, r) =>
    requestClarification(ctx, requireAuth(r), id, b),
  );
  step('correction', '登记补正后的申请（答复期限重新起算）', ZRecordCorrection, (id, b, r) => recordCorrection(ctx, requireAuth(r), id, b));
  step('close-no-correction', '逾期不补正，不再处理（条例第三十条）', ZCloseNoCorrection, (id, b, r) =>
    closeNoCorrection(ctx, requireAuth(r), id, b),
  );
  step('consultations', '征求第三方或其他机关意见（条例第三十二条、第三十四条）', ZStartConsultation, (id, b, r) =>
    startConsultation(ctx, requireAuth(r), id, b),
  );
  step('extension-request', '申请延长答复期限（条例第三十三条第二款）', ZRequestExtension, (id, b, r) =>
    requestExtension(ctx, requireAuth(r), id, b),
  );
  step(
    'extension-approval',
    '批准延长答复期限并记录告知申请人日期',
    ZApproveExtension,
    (id, b, r) => approveExtension(ctx, requireAuth(r), id, b),
    'disclosure-request:request:approve-extension',
  );
  step('reply-draft', '保存答复结果与告知书草稿', ZSaveReplyDraft, (id, b, r) =>
    saveReplyDraft(ctx, requireAuth(r), id, b as Parameters<typeof saveReplyDraft>[3]),
  );
  step('reply', '出具答复（告知书定稿，办结）', ZIssueReply, (id, b, r) => issueReply(ctx, requireAuth(r), id, b));
  step('delivery', '登记送达（方式、日期、凭证）', ZRecordDelivery, (id, b, r) => recordDelivery(ctx, requireAuth(r), id, b));

  app.post(
    `${base}/:id/consultations/:consultationId/answer`,
    {
      config: { access: WRITE },
      schema: {
        tags,
        summary: '登记征求意见的回复',
        params: z.object({ id: ZUuid, consultationId: ZUuid }).strict(),
        body: ZAnswerConsultation,
      },
    },
    async (request) => {
      await answerConsultation(ctx, requireAuth(request), request.params.id, request.params.consultationId, request.body);
      return ok(request.params.id, request);
    },
  );

  app.get(
    `${base}/:id/letter.docx`,
    {
      config: { access: READ },
      schema: { tags, summary: '答复告知书（Word，公文格式）', params: ZIdParams },
    },
    async (request, reply) => {
      const { buffer, fileName } = await renderLetter(ctx, requireAuth(request), request.params.id);
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename="letter.docx"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .send(buffer);
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: WRITE },
      schema: { tags, summary: '删除申请（软删除；已答复的不能删除）', params: ZIdParams },
    },
    async (request) => {
      await deleteRequest(ctx, requireAuth(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    `${base}/:id/reviews`,
    {
      config: { access: WRITE },
      schema: { tags, summary: '登记行政复议或行政诉讼', params: ZIdParams, body: ZSaveReview },
    },
    async (request, reply) =>
      reply.code(201).send(presentReview(await createReview(ctx, requireAuth(request), request.params.id, request.body))),
  );

  app.patch(
    '/disclosure-reviews/:id',
    {
      config: { access: WRITE },
      schema: { tags, summary: '修改行政复议或行政诉讼（结果、审结日期）', params: ZIdParams, body: ZUpdateReview },
    },
    async (request) => presentReview(await updateReview(ctx, requireAuth(request), request.params.id, request.body)),
  );
};
