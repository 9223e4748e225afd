import { ZFile, ZFileContentQuery, ZFileListQuery, ZFileUploadQuery, ZUuid, zPage } from '@yifa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import multipart from '@fastify/multipart';
import { z } from 'zod';
import { requireAuth } from '../http/access.ts';
import { AppError } from '../http/app-error.ts';
import type { YifaModule } from '../modules.ts';
import { contentDisposition } from './content-disposition.ts';
import { presentFile, typeOfRow } from './presenter.ts';
import { findFile, listFiles } from './repository.ts';
import { deleteFile } from './use-cases/delete-file.ts';
import { readFileContent } from './use-cases/read-file-content.ts';
import { uploadFile } from './use-cases/upload-file.ts';

const ZIdParams = z.object({ id: ZUuid }).strict();
const MiB = 1024 * 1024;
/** Room for the multipart boundaries and part headers around the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;
/**
 * Served with every attachment: no script, no plugins, no framing of anything it links to. The app
 * previews attachments in its own <iframe>, so this origin (and only it) may frame them.
 */
const SANDBOX_CSP =
  "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox";
/** Chromium's PDF viewer does not run in a sandboxed document: a PDF preview only limits who may frame it. */
const PDF_CSP = "frame-ancestors 'self'";

const routes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const tags = ['files'];
  // Registered here, not globally: only this plugin accepts multipart bodies. The global 1 MB
  // bodyLimit does not apply to them (the parser streams); the size limit is per request below.
  await app.register(multipart, { limits: { files: 1, fields: 10, parts: 20, fieldSize: 1024 } });

  app.post(
    '/files',
    {
      config: { access: 'platform:file:write' },
      schema: {
        tags,
        summary: '上传附件（multipart/form-data，一个文件；类型以文件内容判断）',
        consumes: ['multipart/form-data'],
        querystring: ZFileUploadQuery,
        response: { 201: ZFile },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      if (!request.isMultipart()) throw new AppError('REQUEST.UNSUPPORTED_MEDIA_TYPE', { detail: 'send multipart/form-data' });
      const limit = (await ctx.settings.get()).files.maxUploadMb * MiB;
      const declared = Number(request.headers['content-length']);
      if (Number.isFinite(declared) && declared > limit + MULTIPART_OVERHEAD) {
        // Refuse before reading a byte; close the connection rather than drain a body we refuse.
        reply.header('connection', 'close');
        throw new AppError('FILE.TOO_LARGE', { detail: `declared ${declared} bytes, limit ${limit}` });
      }
      const part = await request.file({ limits: { fileSize: limit } });
      if (!part)
        throw new AppError('REQUEST.VALIDATION_FAILED', {
          invalidParams: [{ name: 'body.file', code: 'required', reason: '请选择要上传的文件' }],
        });
      try {
        const row = await uploadFile(
          ctx,
          auth,
          { stream: part.file, filename: part.filename, isTruncated: () => part.file.truncated },
          request.query,
        );
        return reply.code(201).send(presentFile(row));
      } catch (error) {
        if (error instanceof AppError && error.code === 'FILE.TOO_LARGE') reply.header('connection', 'close');
        throw error;
      }
    },
  );

  app.get(
    '/files',
    {
      config: { access: 'platform:file:read' },
      schema: { tags, summary: '附件列表（可按所属记录筛选）', querystring: ZFileListQuery, response: { 200: zPage(ZFile) } },
    },
    async (request) => {
      const { rows, total } = await listFiles(ctx.db, requireAuth(request).scope, request.query);
      return { items: rows.map(presentFile), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    '/files/:id',
    {
      config: { access: 'platform:file:read' },
      schema: { tags, summary: '一个附件的信息', params: ZIdParams, response: { 200: ZFile } },
    },
    async (request) => {
      const row = await findFile(ctx.db, requireAuth(request).scope, request.params.id);
      if (!row) throw new AppError('RECORD.NOT_FOUND');
      return presentFile(row);
    },
  );

  app.get(
    '/files/:id/content',
    {
      config: { access: 'platform:file:read' },
      schema: { tags, summary: '下载附件；inline=1 在浏览器中预览图片和 PDF', params: ZIdParams, querystring: ZFileContentQuery },
    },
    async (request, reply) => {
      const { row, open } = await readFileContent(ctx, requireAuth(request), request.params.id);
      const type = typeOfRow(row);
      const isInline = request.query.inline === '1' && !!type?.isInlinePreviewable;
      const etag = `"${row.sha256}"`;
      reply
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', contentDisposition(isInline ? 'inline' : 'attachment', row.originalName))
        .header('cache-control', 'private, no-cache')
        .header('x-frame-options', 'SAMEORIGIN')
        .header('etag', etag)
        .header('content-security-policy', isInline && type?.kind === 'pdf' ? PDF_CSP : SANDBOX_CSP);
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type(row.contentType).header('content-length', row.size).send(open());
    },
  );

  app.delete(
    '/files/:id',
    {
      config: { access: 'platform:file:write' },
      schema: { tags, summary: '删除附件（软删除，留痕）', params: ZIdParams, response: { 200: z.object({ ok: z.literal(true) }) } },
    },
    async (request) => {
      await deleteFile(ctx, requireAuth(request), request.params.id);
      return { ok: true as const };
    },
  );
};

/** Attachments: upload, metadata, download and preview, soft delete. */
export const filesModule: YifaModule = { name: 'files', routes };
