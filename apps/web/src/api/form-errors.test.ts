import { describe, expect, it, vi } from 'vitest';
import { applyProblemToForm, fieldErrorsFromProblem, fieldNamesOf, paramPath } from './form-errors.ts';
import { ApiProblem } from './problem.ts';

const validation = (params: { name: string; reason: string }[]) =>
  new ApiProblem({
    status: 400,
    code: 'REQUEST.VALIDATION_FAILED',
    userMessage: '提交的内容有误',
    invalidParams: params.map((p) => ({ ...p, code: 'custom' })),
  });

describe('invalidParams → form fields', () => {
  it('drops the location and keeps array indexes as numbers', () => {
    expect(paramPath('body.phone')).toEqual(['phone']);
    expect(paramPath('body.roleIds.0')).toEqual(['roleIds', 0]);
    expect(paramPath('querystring.q')).toEqual(['q']);
  });

  it('maps body.phone to the phone field with the server reason', () => {
    const { fieldErrors, unmatched } = fieldErrorsFromProblem(validation([{ name: 'body.phone', reason: '电话号码格式不正确' }]), {
      fields: ['name', 'phone'],
    });
    expect(fieldErrors).toEqual([{ name: ['phone'], errors: ['电话号码格式不正确'] }]);
    expect(unmatched).toEqual([]);
  });

  it('puts an array element error on the array field, and keeps params of unknown fields apart', () => {
    const { fieldErrors, unmatched } = fieldErrorsFromProblem(
      validation([
        { name: 'body.roleIds.1', reason: '编号格式不正确' },
        { name: 'body.secret', reason: '包含不允许的字段' },
      ]),
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

// Issue 8, item 16: a server error on `applicant.email` left the form saying "请检查标红的字段" with
// nothing red. Every problem-details path must reach the field that holds it.
describe('nested and indexed paths', () => {
  it('reads dotted and bracketed indexes', () => {
    expect(paramPath('body.scores.0.score')).toEqual(['scores', 0, 'score']);
    expect(paramPath('body.attendance[3].absenceReason')).toEqual(['attendance', 3, 'absenceReason']);
  });

  it('maps a nested request path onto the form\u2019s own names (applicant.email → email)', () => {
    const { fieldErrors, unmatched } = fieldErrorsFromProblem(
      validation([
        { name: 'body.applicant.email', reason: '电子邮箱格式不正确' },
        { name: 'body.applicant.forms.1', reason: '取值不在允许范围内' },
      ]),
      { fields: ['email', 'forms'], paths: { applicant: '' } },
    );
    expect(fieldErrors).toEqual([
      { name: ['email'], errors: ['电子邮箱格式不正确'] },
      { name: ['forms'], errors: ['取值不在允许范围内'] },
    ]);
    expect(unmatched).toEqual([]);
  });

  it('maps a row of a list request onto a one-row form (scores.0.score → score)', () => {
    const { fieldErrors } = fieldErrorsFromProblem(validation([{ name: 'body.scores.0.score', reason: '成绩不能高于满分100' }]), {
      fields: ['personId', 'score'],
      paths: { 'scores.0': '' },
    });
    expect(fieldErrors).toEqual([{ name: ['score'], errors: ['成绩不能高于满分100'] }]);
  });

  it('puts an error of a Form.List row on that row\u2019s field', () => {
    const { fieldErrors } = fieldErrorsFromProblem(validation([{ name: 'body.extensions.1.days', reason: '过长或过大' }]), {
      fields: [['extensions', 0, 'days'], ['extensions', 1, 'days'], 'extensions'],
    });
    expect(fieldErrors).toEqual([{ name: ['extensions', 1, 'days'], errors: ['过长或过大'] }]);
  });

  it('matches only the fields the form has mounted: the others stay unmatched, to be said in the message', () => {
    const form = {
      getFieldsError: () => [
        { name: ['name'], errors: [], warnings: [] },
        { name: ['contact', 'email'], errors: [], warnings: [] },
      ],
    };
    expect(fieldNamesOf(form)).toEqual([['name'], ['contact', 'email']]);
    const problem = validation([
      { name: 'body.contact.email', reason: '格式不正确' },
      { name: 'body.personId', reason: '请选择干部' },
    ]);
    const { fieldErrors, unmatched } = fieldErrorsFromProblem(problem, { fields: fieldNamesOf(form) });
    expect(fieldErrors).toEqual([{ name: ['contact', 'email'], errors: ['格式不正确'] }]);
    expect(unmatched.map((p) => p.name)).toEqual(['body.personId']);
  });

  it('keeps a one-field problem apart when its field is not on the form', () => {
    const problem = new ApiProblem({ status: 409, code: 'USER.USERNAME_TAKEN', userMessage: '用户名已被使用' });
    expect(
      fieldErrorsFromProblem(problem, { fields: ['displayName'], codeFields: { 'USER.USERNAME_TAKEN': 'username' } }).fieldErrors,
    ).toEqual([]);
  });
});
