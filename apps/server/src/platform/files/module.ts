import multipart from '@fastify/multipart';
import { filesApi } from '@yifa/domain';
import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../http/app-error.ts';
import { toKeysetPage } from '../db/keyset.ts';
import { route } from '../http/route.ts';
import { sendDownload } from '../http/send-download.ts';
import type { YifaModule } from '../modules.ts';
import { presentFile, typeOfRow } from './presenter.ts';
import { findFile, listFiles } from './repository.ts';
import { deleteFile } from './use-cases/delete-file.ts';
import { readFileContent } from './use-cases/read-file-content.ts';
import { uploadFile } from './use-cases/upload-file.ts';

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

const routes: FastifyPluginAsync = async (app) => {
  const ctx = app.ctx;
  // Registered here, not globally: only this plugin accepts multipart bodies. The global 1 MB
  // bodyLimit does not apply to them (the parser streams); the size limit is per request below.
  await app.register(multipart, { limits: { files: 1, fields: 10, parts: 20, fieldSize: 1024 } });

  route(app, filesApi.upload, async ({ auth, query, request, reply }) => {
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
        query,
      );
      return presentFile(row);
    } catch (error) {
      if (error instanceof AppError && error.code === 'FILE.TOO_LARGE') reply.header('connection', 'close');
      throw error;
    }
  });

  route(app, filesApi.list, async ({ auth, query }) => {
    const { rows, isFirstPage } = await listFiles(ctx.db, auth.scope, query);
    return toKeysetPage(rows, query.pageSize, isFirstPage, (r) => presentFile(r.file));
  });

  route(app, filesApi.get, async ({ auth, params }) => {
    const row = await findFile(ctx.db, auth.scope, params.id);
    if (!row) throw new AppError('RECORD.NOT_FOUND');
    return presentFile(row);
  });

  route(app, filesApi.content, async ({ auth, params, query, request, reply }) => {
    const { row, open } = await readFileContent(ctx, auth, params.id);
    const type = typeOfRow(row);
    const isInline = query.inline === '1' && !!type?.isInlinePreviewable;
    const etag = `"${row.sha256}"`;
    // Stricter than any download: an uploaded file is never framed by another site nor run as a page.
    reply
      .header('x-frame-options', 'SAMEORIGIN')
      .header('etag', etag)
      .header('content-security-policy', isInline && type?.kind === 'pdf' ? PDF_CSP : SANDBOX_CSP);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    reply.header('content-length', row.size);
    return sendDownload(reply, {
      body: open(),
      fileName: row.originalName,
      mediaType: row.contentType,
      disposition: isInline ? 'inline' : 'attachment',
    });
  });

  route(app, filesApi.delete, async ({ auth, params }) => {
    await deleteFile(ctx, auth, params.id);
    return { ok: true as const };
  });
};

/** Attachments: upload, metadata, download and preview, soft delete. */
export const filesModule: YifaModule = { name: 'files', routes };
