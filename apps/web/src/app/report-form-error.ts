import { ERRORS } from '@yifa/domain';
import type { FormInstance } from 'antd';
import { fieldErrorsFromProblem, type FieldErrorOptions } from '../api/form-errors.ts';
import { isApiProblem } from '../api/problem.ts';
import { i18n } from '../i18n/index.ts';
import { notifyError } from './notifier.ts';

/**
 * For a form's mutation (with `meta: { silent: true }`): the problem's invalid fields are marked on
 * the form, and the message is shown as well unless every detail found its field. In English the
 * server's Chinese reasons give way to the catalogue's English or a generic wording.
 */
export function reportFormError(form: Pick<FormInstance, 'setFields'>, error: unknown, options: Omit<FieldErrorOptions, 'reasonOf'> = {}): void {
  if (!isApiProblem(error)) {
    notifyError(error);
    return;
  }
  const isEnglish = i18n.language.startsWith('en');
  const reasonOf: FieldErrorOptions['reasonOf'] = isEnglish
    ? (param) => (ERRORS as Record<string, { en: string } | undefined>)[param.code]?.en ?? i18n.t('errors.field.invalid')
    : undefined;
  const { fieldErrors, unmatched } = fieldErrorsFromProblem(error, { ...options, ...(reasonOf ? { reasonOf } : {}) });
  if (fieldErrors.length > 0) form.setFields(fieldErrors.map((f) => ({ name: f.name, errors: f.errors })));
  if (fieldErrors.length === 0 || unmatched.length > 0) notifyError(error);
}
