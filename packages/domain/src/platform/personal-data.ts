/**
 * Masking of personal data for lists and exports (个人信息保护法 Art. 51; rules.md §12).
 * The server masks; the unmasked value is shown only to roles holding the view-personal
 * permission, and every such view is audited.
 */
export function maskIdNumber(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

export function maskPhone(value: string): string {
  if (value.length < 7) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/** An email keeps its first character and its domain (the applicant can recognise it, nobody can write to it). */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at < 1) return '*'.repeat([...value].length);
  return `${value[0]}***${value.slice(at)}`;
}

/** An address keeps its first 6 characters (the county / township), the rest is masked. */
export function maskAddress(value: string): string {
  const chars = [...value];
  return chars.length <= 6 ? '*'.repeat(chars.length) : `${chars.slice(0, 6).join('')}${'*'.repeat(Math.min(8, chars.length - 6))}`;
}

/**
 * Every field name under which personal data of a person (an applicant, a cadre) travels in the API, with
 * the masking applied unless the caller holds the module's view-personal permission and the unmasked view
 * is audited (个人信息保护法第五十一条). A field name that looks personal (PERSONAL_FIELD_PATTERN) and is not
 * listed here fails test/personal-fields.test.ts: a new personal field needs its rule before it ships.
 * Names are not masked: staff handle the matter by the person's name (个人信息保护法第十三条第（三）项).
 */
export const PERSONAL_FIELD_MASKS = {
  idNumber: maskIdNumber,
  phone: maskPhone,
  email: maskEmail,
  address: maskAddress,
} as const satisfies Record<string, (value: string) => string>;
export type PersonalField = keyof typeof PERSONAL_FIELD_MASKS;

/** Field names that carry, or may carry, personal data. */
export const PERSONAL_FIELD_PATTERN = /id_?number|id_?card|phone|mobile|e_?mail|address|fax|postal_?code|birth|bank_?account|passport/i;

/** The masked value of a personal field (null stays null). */
export function maskPersonal(field: PersonalField, value: string | null): string | null {
  return value === null || value === '' ? value : PERSONAL_FIELD_MASKS[field](value);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999 citizen identity number: 17 digits and an ISO 7064 MOD 11-2 check character. */
export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const birth = value.slice(6, 14);
  const y = Number(birth.slice(0, 4));
  const m = Number(birth.slice(4, 6));
  const d = Number(birth.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  return ID_CHECK[sum % 11] === value[17];
}

/** Mainland mobile (11 digits from 1) or a landline with area code. */
export function isValidPhone(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value) || /^0\d{2,3}-?\d{7,8}$/.test(value);
}
