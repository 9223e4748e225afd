import { ERRORS, type FileInfo } from '@yifa/domain';
import { buildUrl, CSRF_HEADER, getCsrfToken, refreshCsrfToken, reportAuthProblem, type QueryValue } from '../../api/client.ts';
import { ApiProblem, problemFromBody } from '../../api/problem.ts';

export interface UploadQuery {
  orgId?: string;
  entityType?: string;
  entityId?: string;
}

export interface UploadOptions {
  /** 0–100 as the bytes go out. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
  /** The installation's limit when the page knows it (settings readers): a larger file is refused before it is sent. */
  maxUploadMb?: number;
}

const MiB = 1024 * 1024;

function tooLarge(): ApiProblem {
  return new ApiProblem({ status: 413, code: 'FILE.TOO_LARGE', userMessage: ERRORS['FILE.TOO_LARGE'].zh });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function send(file: File, query: UploadQuery, options: UploadOptions, token: string | null): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl('/files', query as Record<string, QueryValue>));
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) options.onProgress?.(Math.min(100, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.onload = () => resolve({ status: xhr.status, body: parse(xhr.responseText) });
    // The server refuses an oversized body by answering 413 and closing the connection; the
    // browser may then report only a network error (status 0). The caller words that case.
    xhr.onerror = () => resolve({ status: 0, body: undefined });
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/**
 * POST /api/files: one file as the single part of a multipart body (docs/files.md), through
 * XMLHttpRequest because fetch reports no upload progress. Same CSRF handling as the API client;
 * failures are ApiProblems (FILE.TOO_LARGE, FILE.TYPE_NOT_ALLOWED, FILE.EMPTY …).
 */
export async function uploadFile(file: File, query: UploadQuery = {}, options: UploadOptions = {}): Promise<FileInfo> {
  if (options.maxUploadMb && file.size > options.maxUploadMb * MiB) throw tooLarge();
  if (!getCsrfToken()) await refreshCsrfToken(options.signal);
  let answer = await send(file, query, options, getCsrfToken());
  if (answer.status === 403 && (answer.body as { code?: string } | undefined)?.code === 'AUTH.CSRF_FAILED') {
    await refreshCsrfToken(options.signal);
    answer = await send(file, query, options, getCsrfToken());
  }
  if (answer.status === 201 || answer.status === 200) return answer.body as FileInfo;
  if (answer.status === 0 && options.maxUploadMb && file.size > options.maxUploadMb * MiB) throw tooLarge();
  const problem = problemFromBody(answer.status, answer.body);
  reportAuthProblem(problem);
  throw problem;
}
