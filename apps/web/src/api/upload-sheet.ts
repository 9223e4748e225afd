import { buildUrl, CSRF_HEADER, getCsrfToken, refreshCsrfToken, reportAuthProblem } from './client.ts';
import { problemFromBody } from './problem.ts';

/** Sends an .xlsx to an import route (multipart, with the CSRF token); a refusal throws the ApiProblem. */
export async function uploadSheet<T>(path: string, file: File, query: Record<string, string | undefined> = {}): Promise<T> {
  if (!getCsrfToken()) await refreshCsrfToken();
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method: 'POST',
      credentials: 'same-origin',
      body: form,
      headers: { accept: 'application/json, application/problem+json', [CSRF_HEADER]: getCsrfToken() ?? '' },
    });
  } catch {
    throw problemFromBody(0, undefined);
  }
  const body = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok) {
    const problem = problemFromBody(response.status, body);
    reportAuthProblem(problem);
    throw problem;
  }
  return body as T;
}
