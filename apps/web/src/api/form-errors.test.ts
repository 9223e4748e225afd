import { describe, expect, it, vi } from 'vitest';
import { applyProblemToForm, fieldErrorsFromProblem, paramPath } from './form-errors.ts';
import { ApiProblem } from './problem.ts';

const validation = (params: { name: string; reason: string }[]) =>
  new ApiProblem({ status: 400, code: 'REQUEST.VALIDATION_FAILED', userMessage: '提交的内容有误', invalidParams: params.map((p) => ({ ...p, code: 'custom' })) });

describe('invalidParams → form fields', () => {
  it('drops the location and keeps array indexes as numbers', () => {
    expect(paramPath('body.phone')).toEqual(['phone']);
    expect(paramPath('body.roleIds.0')).toEqual(['roleIds', 0]);
    expect(paramPath('querystring.q')).toEqual(['q']);
  });

  it('maps body.phone to the phone field with the server reason', () => {
    const { fieldErrors, unmatched } = fieldErrorsFromProblem(validation([{ name: 'body.phone', reason: '电话号码格式不正确' }]), { fields: ['name', 'phone'] });
    expect(fieldErrors).toEqual([{ name: ['phone'], errors: ['电话号码格式不正确'] }]);
    expect(unmatched).toEqual([]);
  });

  it('puts an array element error on the array field, and keeps params of unknown fields apart', () => {
    const { fieldErrors, unmatched } = fieldErrorsFromProblem(
      validation([{ name: 'body.roleIds.1', reason: '编号格式不正确' }, { name: 'body.secret', reason: '包含不允许的字段' }]),
      { fields: ['roleIds'] },
    );
    expect(fieldErrors).toEqual([{ name: ['roleIds'], errors: ['编号格式不正确'] }]);
    expect(unmatched.map((p) => p.name)).toEqual(['body.secret']);
  });

  it('places a one-field problem without params on its field', () => {
    const problem = new ApiProblem({ status: 400, code: 'AUTH.WRONG_PASSWORD', userMessage: '原密码不正确' });
    const { fieldErrors } = fieldErrorsFromProblem(problem, { codeFields: { 'AUTH.WRONG_PASSWORD': 'currentPassword' } });
    expect(fieldErrors).toEqual([{ name: ['currentPassword'], errors: ['原密码不正确'] }]);
  });

  it('sets the errors on an antd form and says whether any field got one', () => {
    const form = { setFields: vi.fn() };
    expect(applyProblemToForm(form, validation([{ name: 'body.idNumber', reason: '身份证号码不正确' }]))).toBe(true);
    expect(form.setFields).toHaveBeenCalledWith([{ name: ['idNumber'], errors: ['身份证号码不正确'] }]);
    expect(applyProblemToForm(form, new ApiProblem({ status: 409, code: 'ORG.HAS_CHILDREN', userMessage: 'x' }))).toBe(false);
  });
});
