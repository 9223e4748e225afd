import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readUpload } from '../../../platform/imports/read-upload.ts';
import { LAW_STUDY_IMPORT_CODES } from './sheet.ts';

/** The import routes take one .xlsx file as multipart/form-data (at most a few small fields besides). */
export async function acceptUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, { limits: { files: 1, fields: 5, parts: 10, fieldSize: 1024 } });
}

/** The uploaded sheet, refused with law study's own codes (LAW_STUDY.IMPORT_*) when too large or missing. */
export function readImportFile(request: FastifyRequest, reply: FastifyReply): Promise<Buffer> {
  return readUpload(request, reply, LAW_STUDY_IMPORT_CODES);
}
