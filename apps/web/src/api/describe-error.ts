import type { TFunction } from 'i18next';
import { isApiProblem } from './problem.ts';

/** The text to show for any error: the problem's message in the current language, or a client-side wording. */
export function describeError(error: unknown, t: TFunction, language: string): string {
  if (isApiProblem(error)) {
    if (error.code === 'CLIENT.NETWORK') return t('errors.client.network');
    if (error.code === 'CLIENT.BAD_RESPONSE') return t('errors.client.badResponse');
    return error.messageFor(language) || t('errors.client.unexpected');
  }
  return t('errors.client.unexpected');
}
