import type { FastifyReply, FastifyRequest } from 'fastify';
import { readUpload } from '../../../platform/imports/read-upload.ts';
import { IMPORT_CODES, renderTemplate } from '../../../platform/imports/sheet.ts';
import { PEOPLE_COLUMNS, PEOPLE_NOTES } from './people-sheet.ts';

/** The uploaded cadre sheet (multipart/form-data, one .xlsx file), refused above the import limit. */
export function readPeopleUpload(request: FastifyRequest, reply: FastifyReply): Promise<Buffer> {
  return readUpload(request, reply, IMPORT_CODES);
}

/** The empty cadre sheet with its column notes, for a clerk to fill in. */
export function renderPeopleTemplate(): Promise<Buffer> {
  return renderTemplate('干部名单', PEOPLE_COLUMNS, PEOPLE_NOTES);
}
