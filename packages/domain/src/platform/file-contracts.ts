import { z } from 'zod';
import { pageQueryFields } from './paging.ts';

/**
 * Attachments (附件): photos, scans, audio and video that prove the work was done (the "record of
 * the whole process" of enforcement, sign-in sheets of study sessions, photos of publicity events).
 * The type is judged from the bytes on the server, never from the name a browser sends.
 */
export const FILE_KINDS = {
  image: { zh: '图片', en: 'Image' },
  pdf: { zh: 'PDF 文档', en: 'PDF' },
  document: { zh: '办公文档', en: 'Office document' },
  audio: { zh: '音频', en: 'Audio' },
  video: { zh: '视频', en: 'Video' },
} as const;
export type FileKind = keyof typeof FILE_KINDS;
const FILE_KIND_CODES = Object.keys(FILE_KINDS) as [FileKind, ...FileKind[]];

export interface AllowedFileType {
  /** The extension the stored name carries. */
  ext: string;
  /** The Content-Type the server sends. */
  mime: string;
  kind: FileKind;
  /** Shown in the browser with `?inline=1` (images browsers render, PDF); everything else downloads. */
  isInlinePreviewable: boolean;
  /** What the byte sniffer (`file-type`) reports for it. */
  sniffed: readonly string[];
  /** Other extensions the same content is known by (a `.jpeg` is a JPEG; no need to rename it). */
  aliases: readonly string[];
}

const t = (
  ext: string,
  mime: string,
  kind: FileKind,
  isInlinePreviewable: boolean,
  sniffed: string[] = [ext],
  aliases: string[] = [],
): AllowedFileType => ({ ext, mime, kind, isInlinePreviewable, sniffed, aliases });

/**
 * The allow-list. Not here on purpose: SVG and HTML (script in a page of our origin), plain ZIP,
 * RAR and 7z (anything may hide inside), executables. `doc`/`xls`/`ppt` are the old OLE compound
 * files (`cfb`); the server looks inside for the Word/Excel/PowerPoint stream, so an installer
 * (.msi, also a compound file) is refused.
 */
export const ALLOWED_FILE_TYPES: readonly AllowedFileType[] = [
  t('jpg', 'image/jpeg', 'image', true, ['jpg'], ['jpeg', 'jpe', 'jfif']),
  t('png', 'image/png', 'image', true, ['png', 'apng']),
  t('gif', 'image/gif', 'image', true),
  t('webp', 'image/webp', 'image', true),
  t('bmp', 'image/bmp', 'image', true),
  // Scanners write TIFF and phones HEIC; browsers cannot show either, so they download.
  t('tif', 'image/tiff', 'image', false, ['tif'], ['tiff']),
  t('heic', 'image/heic', 'image', false, ['heic'], ['heif']),
  t('pdf', 'application/pdf', 'pdf', true),
  t('docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'document', false),
  t('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'document', false),
  t('pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'document', false),
  t('doc', 'application/msword', 'document', false, ['doc'], ['wps', 'dot']),
  t('xls', 'application/vnd.ms-excel', 'document', false, ['xls'], ['et']),
  t('ppt', 'application/vnd.ms-powerpoint', 'document', false, ['ppt'], ['dps', 'pps']),
  t('odt', 'application/vnd.oasis.opendocument.text', 'document', false),
  t('ods', 'application/vnd.oasis.opendocument.spreadsheet', 'document', false),
  t('odp', 'application/vnd.oasis.opendocument.presentation', 'document', false),
  t('mp3', 'audio/mpeg', 'audio', false),
  t('m4a', 'audio/mp4', 'audio', false),
  t('wav', 'audio/wav', 'audio', false),
  // Phone call and voice-recorder files in China are often AMR.
  t('amr', 'audio/amr', 'audio', false),
  t('aac', 'audio/aac', 'audio', false),
  t('mp4', 'video/mp4', 'video', false, ['mp4', 'm4v']),
  t('mov', 'video/quicktime', 'video', false),
  t('webm', 'video/webm', 'video', false),
  // Body-worn cameras of enforcement teams (执法记录仪) write AVI or MP4.
  t('avi', 'video/x-msvideo', 'video', false),
  t('3gp', 'video/3gpp', 'video', false, ['3gp', '3g2']),
];

/** The allowed type a sniffed extension (from `file-type`, or `doc`/`xls`/`ppt` for compound files) belongs to. */
export function allowedFileTypeOf(sniffedExt: string): AllowedFileType | null {
  return ALLOWED_FILE_TYPES.find((a) => a.sniffed.includes(sniffedExt)) ?? null;
}

/** For an `<input accept>`: every extension the server may accept. */
export const ACCEPTED_FILE_EXTENSIONS: readonly string[] = ALLOWED_FILE_TYPES.flatMap((a) => [a.ext, ...a.aliases]).map((e) => `.${e}`);

/**
 * Characters a file name never keeps: C0/C1 controls, and the invisible direction controls
 * (U+061C, U+200E/U+200F, U+202A–U+202E, U+2066–U+2069) with which "report\u202Egnp.exe" displays as
 * "reportexe.png" and a program passes for a picture; also U+2028/U+2029 (line breaks) and the halves
 * of a broken surrogate pair, which no file system or header can carry.
 */
const UNSAFE_NAME_CHARS = // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A file name with {@link UNSAFE_NAME_CHARS} removed: for storing an upload and for every Content-Disposition. */
export function cleanFileName(name: string): string {
  return name.replace(UNSAFE_NAME_CHARS, '');
}

/**
 * The name a file is stored and downloaded under: the uploaded name, with the real extension
 * appended when the name claims another one ("报告.exe" holding a PNG becomes "报告.exe.png"), so that
 * opening the download never hands it to the wrong program. Path parts and control characters go.
 */
export function storedFileName(originalName: string, type: AllowedFileType): string {
  // Cut by code points, so that the cut never leaves half a surrogate pair.
  const base =
    Array.from(cleanFileName(originalName.split(/[\\/]/).pop() ?? '').trim())
      .slice(0, 200)
      .join('') || '附件';
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  return ext === type.ext || type.aliases.includes(ext) ? base : `${base}.${type.ext}`;
}

const ZId = z.uuid('编号格式不正确');
/** What a file is attached to: a module's record kind (`enforcementCase`, `studySession` …). */
export const ZEntityType = z.string().regex(/^[a-z][A-Za-z0-9.]{1,63}$/, '记录类型格式不正确');

export const ZFile = z.object({
  id: z.string(),
  townshipId: z.string(),
  orgId: z.string(),
  originalName: z.string(),
  contentType: z.string(),
  kind: z.enum(FILE_KIND_CODES),
  size: z.number(),
  sha256: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  isPreviewable: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  version: z.number(),
});
export type FileInfo = z.infer<typeof ZFile>;

const linkPair = (v: { entityType?: string | undefined; entityId?: string | undefined }, ctx: z.RefinementCtx) => {
  if (!!v.entityType !== !!v.entityId) {
    ctx.addIssue({ code: 'custom', path: [v.entityType ? 'entityId' : 'entityType'], message: '记录类型与记录编号须同时给出' });
  }
};

/** POST /files?… : the file itself is the single part of a multipart/form-data body. */
export const ZFileUploadQuery = z
  .object({
    /** The owning org; defaults to the uploader's org. Must be inside the uploader's data scope. */
    orgId: ZId.optional(),
    entityType: ZEntityType.optional(),
    entityId: ZId.optional(),
  })
  .strict()
  .superRefine(linkPair);
export type FileUploadQuery = z.infer<typeof ZFileUploadQuery>;

export const ZFileListQuery = z
  .object({
    entityType: ZEntityType.optional(),
    entityId: ZId.optional(),
    ...pageQueryFields(50, 200),
  })
  .strict()
  .superRefine(linkPair);
export type FileListQuery = z.infer<typeof ZFileListQuery>;

export const ZFileContentQuery = z
  .object({
    /** 1: show in the browser (only images and PDF; every other type still downloads). */
    inline: z.enum(['0', '1']).optional(),
  })
  .strict();
