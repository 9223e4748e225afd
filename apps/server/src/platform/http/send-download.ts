import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../files/content-disposition.ts';

export interface Download {
  body: Buffer | Readable;
  /** Shown in the save dialog; Chinese is fine (RFC 6266 / 8187). */
  fileName: string;
  /** e.g. MEDIA_TYPES.docx from @yifa/domain. */
  mediaType: string;
  /** 'attachment' (save) unless the browser should show it (an image, a PDF preview). */
  disposition?: 'attachment' | 'inline';
  /**
   * 'private' (default): a record's file, never kept by a shared cache nor on disk after the tab
   * (no-store: a township PC is shared). 'public': a file of the public site, cacheable for an hour.
   */
  cache?: 'private' | 'public';
}

/**
 * The one way a file leaves the server (Word, Excel, uploads, the public site's files): its type,
 * its name for every browser, its cache rule and `nosniff`, so a browser never guesses a type.
 */
export function sendDownload(reply: FastifyReply, download: Download): FastifyReply {
  return reply
    .type(download.mediaType)
    .header('content-disposition', contentDisposition(download.disposition ?? 'attachment', download.fileName))
    .header('cache-control', download.cache === 'public' ? 'public, max-age=3600' : 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(download.body);
}
