import { describe, expect, it } from 'vitest';
import { fromFormParams, paramFields, toFormParams } from './params-fields.ts';

describe('rule params form', () => {
  it('takes each field\u2019s kind from the current value', () => {
    expect(paramFields({ minCadres: 1, isStrict: false, note: 'x', months: [3, 6] })).toEqual([
      { key: 'minCadres', kind: 'number' },
      { key: 'isStrict', kind: 'boolean' },
      { key: 'note', kind: 'text' },
      { key: 'months', kind: 'json' },
    ]);
    expect(paramFields(null)).toEqual([]);
  });

  it('edits structured values as JSON and reads them back, naming what does not parse', () => {
    const fields = paramFields({ maxOverdue: 0, months: [3, 6] });
    const values = toFormParams({ maxOverdue: 0, months: [3, 6] }, fields);
    expect(values.months).toBe('[\n  3,\n  6\n]');
    expect(fromFormParams({ maxOverdue: 2, months: '[1]' }, fields)).toEqual({ params: { maxOverdue: 2, months: [1] }, badJson: [] });
    expect(fromFormParams({ maxOverdue: 2, months: '[1' }, fields).badJson).toEqual(['months']);
  });
});
