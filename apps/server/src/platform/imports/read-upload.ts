import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error.ts';
import { MAX_IMPORT_BYTES, type ImportCodes } from './sheet.ts';

/** Room for the multipart boundaries around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * The uploaded sheet of an import route (the plugin registers @fastify/multipart), refused with the
 * module's "too large" code above the limit, before reading when the length is declared, else while reading.
 */
export async function readUpload(request: FastifyRequest, reply: FastifyReply, codes: ImportCodes): Promise<Buffer> {
  if (!request.isMultipart()) throw new AppError('REQUEST.UNSUPPORTED_MEDIA_TYPE', { detail: 'send multipart/form-data' });
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_IMPORT_BYTES + MULTIPART_OVERHEAD) {
    reply.header('connection', 'close');
    throw new AppError(codes.tooLarge, { detail: `declared ${declared} bytes` });
  }
  const part = await request.file({ limits: { fileSize: MAX_IMPORT_BYTES } });
  if (!part)
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      invalidParams: [{ name: 'body.file', code: 'required', reason: '请选择要导入的 Excel 文件' }],
    });
  try {
    const buffer = await part.toBuffer();
    if (part.file.truncated) throw new AppError(codes.tooLarge);
    return buffer;
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      reply.header('connection', 'close');
      throw new AppError(codes.tooLarge);
    }
    throw error;
  }
}
