import type { InvalidParam } from '@yifa/domain';
import type { FormInstance } from 'antd';
import type { ApiProblem } from './problem.ts';

export type FieldPath = (string | number)[];

export interface FieldError {
  name: FieldPath;
  errors: string[];
}

export interface FieldErrorOptions {
  /**
   * The form's field names (dotted strings or antd NamePaths); a param maps to the longest one it
   * starts with. reportFormError takes them from the form itself (fieldNamesOf), so they cannot drift.
   */
  fields?: (string | FieldPath)[];
  /**
   * Where the request nests what the form keeps elsewhere: request path prefix → form path prefix
   * ('' for the top level), e.g. { applicant: '' } (body.applicant.email → email) or
   * { 'scores.0': '' } (a one-row form sent as a list).
   */
  paths?: Record<string, string>;
  /** Problems that carry no invalidParams but belong to one field (e.g. AUTH.WRONG_PASSWORD → currentPassword). */
  codeFields?: Record<string, string>;
  /** Words a reason in the current language; by default the server's (Chinese) reason is kept. */
  reasonOf?: (param: InvalidParam) => string;
}

const toPart = (p: string): string | number => (/^\d+$/.test(p) ? Number(p) : p);
const asPath = (field: string | FieldPath): FieldPath =>
  typeof field === 'string'
    ? field
        .split('.')
        .filter((p) => p !== '')
        .map(toPart)
    : field;

/**
 * `body.roleIds.0` → ['roleIds', 0], `rows[3].姓名` → ['rows', 3, '姓名']; the location prefix
 * (body / querystring / params) is dropped.
 */
export function paramPath(name: string): FieldPath {
  const parts = name
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((p) => p !== '');
  if (parts[0] === 'body' || parts[0] === 'querystring' || parts[0] === 'params' || parts[0] === 'query') parts.shift();
  return parts.map(toPart);
}

/** The names of the fields a form has mounted, as antd NamePaths (Form.List rows included). */
export function fieldNamesOf(form: Pick<FormInstance, 'getFieldsError'>): FieldPath[] {
  return form.getFieldsError().map((f) => f.name);
}

const startsWith = (path: FieldPath, prefix: FieldPath) => prefix.length <= path.length && prefix.every((p, i) => p === path[i]);

function renamed(path: FieldPath, paths: Record<string, string> | undefined): FieldPath {
  if (!paths) return path;
  let best: { from: FieldPath; to: FieldPath } | null = null;
  for (const [from, to] of Object.entries(paths)) {
    const fromPath = asPath(from);
    if (startsWith(path, fromPath) && (!best || fromPath.length > best.from.length)) best = { from: fromPath, to: asPath(to) };
  }
  return best ? [...best.to, ...path.slice(best.from.length)] : path;
}

function toField(path: FieldPath, fields: FieldPath[] | undefined): FieldPath | null {
  if (path.length === 0) return null;
  if (!fields) return [path[0]!];
  // The longest declared field that the param path starts with ("roleIds.0" → "roleIds").
  let best: FieldPath | null = null;
  for (const field of fields) {
    if (startsWith(path, field) && (!best || field.length > best.length)) best = field;
  }
  return best;
}

/**
 * The problem's invalidParams as antd Form field errors; params that match no field are returned
 * apart so that the caller can show them in the message.
 */
export function fieldErrorsFromProblem(
  problem: ApiProblem,
  options: FieldErrorOptions = {},
): { fieldErrors: FieldError[]; unmatched: InvalidParam[] } {
  const byField = new Map<string, FieldError>();
  const unmatched: InvalidParam[] = [];
  const reasonOf = options.reasonOf ?? ((p: InvalidParam) => p.reason);
  const fields = options.fields?.map(asPath);
  for (const param of problem.invalidParams) {
    const field = toField(renamed(paramPath(param.name), options.paths), fields);
    if (!field) {
      unmatched.push(param);
      continue;
    }
    const key = JSON.stringify(field);
    const entry = byField.get(key) ?? { name: field, errors: [] };
    const reason = reasonOf(param);
    if (!entry.errors.includes(reason)) entry.errors.push(reason);
    byField.set(key, entry);
  }
  const codeField = options.codeFields?.[problem.code];
  const codePath = codeField ? asPath(codeField) : null;
  const isOnForm = codePath && (!fields || fields.some((f) => JSON.stringify(f) === JSON.stringify(codePath)));
  if (codeField && codePath && isOnForm && byField.size === 0) {
    byField.set(codeField, {
      name: codePath,
      errors: [
        options.reasonOf ? options.reasonOf({ name: codeField, code: problem.code, reason: problem.userMessage }) : problem.userMessage,
      ],
    });
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
