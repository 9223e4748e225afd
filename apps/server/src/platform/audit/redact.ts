/**
 * Personal data and secrets never enter the audit log in clear (个人信息保护法 Art. 51):
 * the log records that such a field changed, not its value.
 */
// Whole key names: `passwordMinLength` (a setting) is not a password.
const SECRET_KEYS = /^(.*password|.*secret|.*token|.*Enc|.*Hash|idNumber.*|phone.*|address.*)$/i;

export function redact(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redact);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      out[k] = SECRET_KEYS.test(k) && v !== null ? '[已隐去]' : redact(v);
    }
    return out;
  }
  return value;
}
