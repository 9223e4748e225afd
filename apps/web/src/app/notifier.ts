import type { MessageInstance } from 'antd/es/message/interface';
import { i18n } from '../i18n/index.ts';
import { describeError } from '../api/describe-error.ts';
import { authInterruptionOf } from '../api/client.ts';
import { isApiProblem } from '../api/problem.ts';

/**
 * Toasts outside React components (react-query's global error handlers). The instance comes from
 * antd's <App> so that it follows the theme and the language; set by <NotifierBridge>.
 */
let messageApi: MessageInstance | null = null;

export function setMessageApi(api: MessageInstance | null): void {
  messageApi = api;
}

export function notifySuccess(text: string): void {
  void messageApi?.success(text);
}

/** Shows an error text already worded for the user (e.g. the details of a problem that found no field). */
export function notifyErrorText(text: string): void {
  void messageApi?.open({ type: 'error', content: text, key: text });
}

/** Shows an error's message, except auth interruptions (the login page says why). */
export function notifyError(error: unknown): void {
  if (isApiProblem(error) && authInterruptionOf(error)) return;
  if (error instanceof DOMException && error.name === 'AbortError') return;
  const text = describeError(error, i18n.t, i18n.language);
  // Same text twice in a row (a failing query retried by several components) shows once.
  void messageApi?.open({ type: 'error', content: text, key: text });
}
