import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { isValidIdNumber } from '@yifa/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { problemResponse, renderPage, stubApi } from '../../test/render-page.tsx';
import { RegisterRequestModal } from './register-request-modal.tsx';

const ID_NUMBER = [...'0123456789X'].map((c) => `11010519491231002${c}`).find(isValidIdNumber)!;

// Issue 8, item 16: the server's error on body.applicant.email left "请检查标红的字段" and nothing red.
describe('RegisterRequestModal and server errors', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('puts a nested server error (applicant.email) on the email field, and says an unplaced one in the message', async () => {
    stubApi({
      'POST /api/disclosure-requests': () =>
        problemResponse(400, 'REQUEST.VALIDATION_FAILED', '提交的内容有误，请检查标红的字段', {
          invalidParams: [
            { name: 'body.applicant.email', code: 'invalid_format', reason: '电子邮箱格式不正确' },
            { name: 'body.applicant.unknownPart', code: 'unrecognized_keys', reason: '包含不允许的字段' },
          ],
        }),
    });
    renderPage(<RegisterRequestModal isOpen onClose={() => undefined} />, { permissions: ['disclosure-request:write' as never] });
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('申请人'), { target: { value: '吴平' } });
    fireEvent.change(within(dialog).getByLabelText('身份证号码'), { target: { value: ID_NUMBER } });
    fireEvent.change(within(dialog).getByLabelText('电子邮箱'), { target: { value: 'wu@example' } });
    fireEvent.change(within(dialog).getByLabelText('所需信息'), { target: { value: '2025年度村级财务公开材料' } });
    fireEvent.submit(dialog.querySelector('form')!);

    const email = within(dialog).getByLabelText('电子邮箱').closest('.ant-form-item')!;
    await waitFor(() => expect(email.textContent).toContain('电子邮箱格式不正确'));
    expect(email.classList.contains('ant-form-item-has-error')).toBe(true);
    expect(await screen.findByText('提交的内容有误：包含不允许的字段')).toBeTruthy();
    expect(screen.queryByText('提交的内容有误，请检查标红的字段')).toBeNull();
  }, 90_000);
});
