import { buildUrl, type QueryValue } from './client.ts';
import { problemFromBody } from './problem.ts';

/** The file name of a Content-Disposition header: filename*=UTF-8''… (RFC 8187) first, then filename="…". */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(disposition) ?? /filename\s*=\s*([^;]+)/i.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

/**
 * Downloads a GET endpoint's file with the session cookie and saves it under the server's name.
 * Fetched rather than opened as a link so that a refusal (an expired session, a bad filter) shows
 * as a message instead of being saved as a file of JSON.
 */
export async function downloadFile(path: string, query: Record<string, QueryValue>, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), { credentials: 'same-origin' });
  } catch {
    throw problemFromBody(0, undefined);
  }
  if (!response.ok) {
    const body = (response.headers.get('content-type') ?? '').includes('json') ? await response.json().catch(() => undefined) : undefined;
    throw problemFromBody(response.status, body);
  }
  const name = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // Let the browser start the download before the object URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return name;
}
