import type { InvalidParam } from '@yifa/domain';
import type { FormInstance } from 'antd';
import type { ApiProblem } from './problem.ts';

export type FieldPath = (string | number)[];

export interface FieldError {
  name: FieldPath;
  errors: string[];
}

export interface FieldErrorOptions {
  /** The form's field names (top level or dotted); a param maps to the longest one it starts with. */
  fields?: string[];
  /** Problems that carry no invalidParams but belong to one field (e.g. AUTH.WRONG_PASSWORD → currentPassword). */
  codeFields?: Record<string, string>;
  /** Words a reason in the current language; by default the server's (Chinese) reason is kept. */
  reasonOf?: (param: InvalidParam) => string;
}

/** `body.roleIds.0` → ['roleIds', 0]; the location prefix (body / querystring / params) is dropped. */
export function paramPath(name: string): FieldPath {
  const parts = name.split('.').filter((p) => p !== '');
  if (parts[0] === 'body' || parts[0] === 'querystring' || parts[0] === 'params' || parts[0] === 'query') parts.shift();
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function toField(path: FieldPath, fields: string[] | undefined): FieldPath | null {
  if (path.length === 0) return null;
  if (!fields) return [path[0]!];
  // The longest declared field that the param path starts with ("roleIds.0" → "roleIds").
  let best: FieldPath | null = null;
  for (const field of fields) {
    const fieldPath = field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const isPrefix = fieldPath.length <= path.length && fieldPath.every((p, i) => p === path[i]);
    if (isPrefix && (!best || fieldPath.length > best.length)) best = fieldPath;
  }
  return best;
}

/**
 * The problem's invalidParams as antd Form field errors; params that match no field are returned
 * apart so that the caller can show them in the message.
 */
export function fieldErrorsFromProblem(problem: ApiProblem, options: FieldErrorOptions = {}): { fieldErrors: FieldError[]; unmatched: InvalidParam[] } {
  const byField = new Map<string, FieldError>();
  const unmatched: InvalidParam[] = [];
  const reasonOf = options.reasonOf ?? ((p: InvalidParam) => p.reason);
  for (const param of problem.invalidParams) {
    const field = toField(paramPath(param.name), options.fields);
    if (!field) {
      unmatched.push(param);
      continue;
    }
    const key = field.join('.');
    const entry = byField.get(key) ?? { name: field, errors: [] };
    const reason = reasonOf(param);
    if (!entry.errors.includes(reason)) entry.errors.push(reason);
    byField.set(key, entry);
  }
  const codeField = options.codeFields?.[problem.code];
  if (codeField && byField.size === 0) {
    byField.set(codeField, { name: codeField.split('.'), errors: [options.reasonOf ? options.reasonOf({ name: codeField, code: problem.code, reason: problem.userMessage }) : problem.userMessage] });
  }
  return { fieldErrors: [...byField.values()], unmatched };
}

/** Puts the problem's field errors on the form; true when at least one field got an error. */
export function applyProblemToForm(form: Pick<FormInstance, 'setFields'>, problem: ApiProblem, options: FieldErrorOptions = {}): boolean {
  const { fieldErrors } = fieldErrorsFromProblem(problem, options);
  if (fieldErrors.length === 0) return false;
  form.setFields(fieldErrors.map((f) => ({ name: f.name, errors: f.errors })));
  return true;
}
