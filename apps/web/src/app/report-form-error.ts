import { ERRORS, type InvalidParam } from '@yifa/domain';
import type { FormInstance } from 'antd';
import { fieldErrorsFromProblem, fieldNamesOf, type FieldErrorOptions } from '../api/form-errors.ts';
import { isApiProblem } from '../api/problem.ts';
import { i18n } from '../i18n/index.ts';
import { notifyError, notifyErrorText } from './notifier.ts';

/**
 * For a form's mutation (with `meta: { silent: true }`): the problem's invalid fields are marked on
 * the form, and the message is shown as well unless every detail found its field. The candidate
 * fields are the ones the form has mounted (a hand-kept list drifted from the form, and an error on
 * `applicant.email` reached nothing — issue 8, item 16); `paths` renames what the request nests.
 * A detail that finds no field is said in the message with its reason, never as "请检查标红的字段"
 * with nothing red. In English the server's Chinese reasons give way to the catalogue's English or
 * a generic wording.
 */
export function reportFormError(
  form: Pick<FormInstance, 'setFields' | 'getFieldsError'>,
  error: unknown,
  options: Omit<FieldErrorOptions, 'reasonOf'> = {},
): void {
  if (!isApiProblem(error)) {
    notifyError(error);
    return;
  }
  const isEnglish = i18n.language.startsWith('en');
  const reasonOf = (param: InvalidParam) =>
    isEnglish ? ((ERRORS as Record<string, { en: string } | undefined>)[param.code]?.en ?? i18n.t('errors.field.invalid')) : param.reason;
  const mounted = fieldNamesOf(form);
  const fields = mounted.length > 0 ? mounted : options.fields;
  const { fieldErrors, unmatched } = fieldErrorsFromProblem(error, { ...options, ...(fields ? { fields } : {}), reasonOf });
  if (fieldErrors.length > 0) form.setFields(fieldErrors.map((f) => ({ name: f.name, errors: f.errors })));
  if (unmatched.length > 0) {
    notifyErrorText(i18n.t('forms.unmatched', { reasons: [...new Set(unmatched.map(reasonOf))].join(isEnglish ? '; ' : '；') }));
  } else if (fieldErrors.length === 0) {
    notifyError(error);
  }
}
