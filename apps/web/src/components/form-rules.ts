import type { FormRule } from 'antd';
import { i18n } from '../i18n/index.ts';

/**
 * The rules every form uses for a required field and for a number. Each takes the field's label, so
 * a message names its field ("请填写学时", never "请填写{{field}}" — issue 8, item 13).
 */

/**
 * 请填写<field>: a date, number or file that must be given. It carries nothing but `required`: with
 * any other key (e.g. whitespace) async-validator checks the value as a string, and a date or a
 * number that is there is refused with this message.
 */
export function requiredRule(field: string): FormRule {
  return { required: true, message: i18n.t('common.required', { field }) };
}

/** 请填写<field>: a text that must be given; blank text counts as missing. */
export function requiredTextRule(field: string): FormRule {
  return { required: true, whitespace: true, message: i18n.t('common.required', { field }) };
}

/** 请选择<field>: a choice that must be made. */
export function requiredSelectRule(field: string): FormRule {
  return { required: true, message: i18n.t('common.requiredSelect', { field }) };
}

export interface NumberLimits {
  /** The least value allowed (inclusive). */
  min?: number;
  /** The value must be strictly greater (e.g. hours > 0). */
  greaterThan?: number;
  /** The greatest value allowed (inclusive). */
  max?: number;
  /** Whole numbers only. */
  isInteger?: boolean;
  /** At most this many decimal places (hours: 1). */
  decimals?: number;
}

/**
 * A number outside its limits is refused with a message on the field. It is never clamped or
 * rounded: an InputNumber with min/max/precision silently turned 1000 h into 100 and −5 points
 * into 0 (issue 8, item 14), so the inputs carry no min/max/precision and this rule decides.
 * An empty value passes: whether it is required is the required rule's business.
 */
export function numberRule(field: string, limits: NumberLimits): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const message = numberProblem(field, value, limits);
      if (message) throw new Error(message);
    },
  };
}

/** The message for a number that breaks its limits, or null. */
export function numberProblem(field: string, value: unknown, limits: NumberLimits): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return i18n.t('forms.number.notNumber', { field });
  if (limits.isInteger && !Number.isInteger(value)) return i18n.t('forms.number.integer', { field });
  if (limits.decimals !== undefined && !hasAtMostDecimals(value, limits.decimals))
    return i18n.t('forms.number.decimals', { field, decimals: limits.decimals });
  if (limits.greaterThan !== undefined && !(value > limits.greaterThan))
    return i18n.t('forms.number.greaterThan', { field, min: limits.greaterThan });
  if (limits.min !== undefined && value < limits.min) return i18n.t('forms.number.min', { field, min: limits.min });
  if (limits.max !== undefined && value > limits.max) return i18n.t('forms.number.max', { field, max: limits.max });
  return null;
}

function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-9;
}
