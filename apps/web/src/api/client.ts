import { problemFromBody, type ApiProblem } from './problem.ts';

/**
 * The one way the web app talks to the API (`/api/...`): JSON in and out, the session cookie sent
 * by the browser, the CSRF token echoed in `x-csrf-token` on every state change (the server refuses
 * a state change without it), and every failure thrown as a typed ApiProblem (RFC 9457).
 */

export const API_BASE = '/api';
export const CSRF_HEADER = 'x-csrf-token';

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /**
   * Leave 401/403 auth problems to the caller (the login page, the session probe) instead of
   * sending the user back to the login page.
   */
  skipAuthRedirect?: boolean;
}

/** What the app does when the server says the session is gone or incomplete. */
export type AuthInterruption = 'signIn' | 'secondFactor' | 'changePassword' | 'setupTotp';
export type AuthInterruptionHandler = (kind: AuthInterruption, problem: ApiProblem) => void;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Public routes that need no CSRF token (there is no session yet). */
const NO_CSRF_PATHS = new Set(['/auth/login']);

const AUTH_CODES: Record<string, AuthInterruption> = {
  'AUTH.UNAUTHENTICATED': 'signIn',
  'AUTH.SESSION_EXPIRED': 'signIn',
  'AUTH.TOTP_REQUIRED': 'secondFactor',
  'AUTH.PASSWORD_CHANGE_REQUIRED': 'changePassword',
  'AUTH.TOTP_SETUP_REQUIRED': 'setupTotp',
};

let csrfToken: string | null = null;
let interruptionHandler: AuthInterruptionHandler | null = null;

/** Set from GET /api/auth/session; cleared on login and logout (each session has its own token). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

export function setAuthInterruptionHandler(handler: AuthInterruptionHandler | null): void {
  interruptionHandler = handler;
}

/**
 * For requests made outside `apiRequest` (an upload through XMLHttpRequest): a problem that means
 * the session is gone or incomplete sends the user where `apiRequest` would.
 */
export function reportAuthProblem(problem: ApiProblem): void {
  const interruption = authInterruptionOf(problem);
  if (!interruption) return;
  if (interruption === 'signIn') csrfToken = null;
  interruptionHandler?.(interruption, problem);
}

/** Which interruption, if any, a problem means. */
export function authInterruptionOf(problem: ApiProblem): AuthInterruption | null {
  return AUTH_CODES[problem.code] ?? null;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function readBody(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (!SAFE_METHODS.has(method) && !NO_CSRF_PATHS.has(path)) {
    if (!csrfToken) await refreshCsrfToken(options.signal);
    if (csrfToken) headers[CSRF_HEADER] = csrfToken;
  }
  try {
    return await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw problemFromBody(0, undefined);
  }
}

/** Reads the session's CSRF token; a missing session leaves it empty (the request then fails with 401). */
export async function refreshCsrfToken(signal?: AbortSignal): Promise<void> {
  try {
    const response = await fetch(buildUrl('/auth/session'), {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      ...(signal ? { signal } : {}),
    });
    if (!response.ok) return;
    const body = (await readBody(response)) as { csrfToken?: unknown } | undefined;
    csrfToken = typeof body?.csrfToken === 'string' ? body.csrfToken : null;
  } catch {
    // The real request will fail and report the network problem.
  }
}

export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(method, path, options);
  if (response.status === 403 && !SAFE_METHODS.has(method)) {
    // A stale token (the session was renewed in another tab): read the current one and try once more.
    const body = await readBody(response.clone());
    if ((body as { code?: string } | undefined)?.code === 'AUTH.CSRF_FAILED' && !NO_CSRF_PATHS.has(path)) {
      csrfToken = null;
      response = await send(method, path, options);
    }
  }
  const body = await readBody(response);
  if (!response.ok) {
    const problem = problemFromBody(response.status, body);
    const interruption = authInterruptionOf(problem);
    if (interruption && !options.skipAuthRedirect) {
      if (interruption === 'signIn') csrfToken = null;
      interruptionHandler?.(interruption, problem);
    }
    throw problem;
  }
  return body as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    apiRequest<T>('POST', path, { ...options, body: body ?? {} }),
  patch: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('DELETE', path, options),
};
