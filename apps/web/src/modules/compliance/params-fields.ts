/**
 * A rule's params are a plain object whose schema only the server knows (each rule's zod schema).
 * The settings form is built from the current params: one field per key, its kind taken from the
 * value (number, boolean, text); anything else is edited as JSON.
 */
export type ParamKind = 'number' | 'boolean' | 'text' | 'json';

export interface ParamField {
  key: string;
  kind: ParamKind;
}

export function paramFields(params: unknown): ParamField[] {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return [];
  return Object.entries(params as Record<string, unknown>).map(([key, value]) => ({
    key,
    kind: typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : typeof value === 'string' ? 'text' : 'json',
  }));
}

/** Form values for the fields: JSON fields as text. */
export function toFormParams(params: unknown, fields: ParamField[]): Record<string, unknown> {
  const source = (params ?? {}) as Record<string, unknown>;
  return Object.fromEntries(fields.map((f) => [f.key, f.kind === 'json' ? JSON.stringify(source[f.key] ?? null, null, 2) : source[f.key]]));
}

/** Back to the object the server checks; a JSON field that does not parse is reported by key. */
export function fromFormParams(
  values: Record<string, unknown>,
  fields: ParamField[],
): { params: Record<string, unknown>; badJson: string[] } {
  const params: Record<string, unknown> = {};
  const badJson: string[] = [];
  for (const f of fields) {
    const value = values[f.key];
    if (f.kind !== 'json') {
      params[f.key] = value;
      continue;
    }
    try {
      params[f.key] = JSON.parse(String(value ?? 'null'));
    } catch {
      badJson.push(f.key);
    }
  }
  return { params, badJson };
}
