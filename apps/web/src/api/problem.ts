import { ERRORS, isProblem, type InvalidParam } from '@yifa/domain';

/** Codes the client itself raises when there is no problem body to read. */
export type ClientErrorCode = 'CLIENT.NETWORK' | 'CLIENT.BAD_RESPONSE';

/**
 * An RFC 9457 problem from the API, as an Error the UI can catch: `code` is stable (tests and
 * branches use it), `userMessage` is the server's Chinese text, safe to show.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly userMessage: string;
  readonly invalidParams: InvalidParam[];
  readonly detail: string | undefined;

  constructor(init: { status: number; code: string; userMessage: string; invalidParams?: InvalidParam[]; detail?: string }) {
    super(`${init.code}: ${init.userMessage}`);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.code = init.code;
    this.userMessage = init.userMessage;
    this.invalidParams = init.invalidParams ?? [];
    this.detail = init.detail;
  }

  /** The message for the current language: the server's Chinese, or the catalogue's English for a known code. */
  messageFor(language: string, fallbackEn?: string): string {
    if (!language.startsWith('en')) return this.userMessage;
    const entry = (ERRORS as Record<string, { en: string } | undefined>)[this.code];
    return entry?.en ?? fallbackEn ?? this.userMessage;
  }
}

export function isApiProblem(value: unknown): value is ApiProblem {
  return value instanceof ApiProblem;
}

/** Turns a parsed response body into an ApiProblem; a body that is not a problem still gives one. */
export function problemFromBody(status: number, body: unknown): ApiProblem {
  if (isProblem(body)) {
    return new ApiProblem({
      status: body.status || status,
      code: body.code,
      userMessage: body.userMessage,
      invalidParams: Array.isArray(body.invalidParams) ? body.invalidParams : [],
      ...(body.detail ? { detail: body.detail } : {}),
    });
  }
  // No problem body: a proxy or the network answered, not our server. The UI words these by code.
  if (status === 404) return new ApiProblem({ status, code: 'REQUEST.NOT_FOUND', userMessage: ERRORS['REQUEST.NOT_FOUND'].zh });
  const code: ClientErrorCode =
    status === 0 || status === 502 || status === 503 || status === 504 ? 'CLIENT.NETWORK' : 'CLIENT.BAD_RESPONSE';
  return new ApiProblem({ status, code, userMessage: '' });
}

export function isClientCode(code: string): code is ClientErrorCode {
  return code.startsWith('CLIENT.');
}
