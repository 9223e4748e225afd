import { fireEvent, render, screen } from '@testing-library/react';
import { DatePicker, Form, Input } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { FormModal } from './form-modal.tsx';

function Dialog({ onSubmit }: { onSubmit: (v: unknown) => void }) {
  const [form] = Form.useForm();
  return (
    <FormModal open title="登记" form={form} onSubmit={onSubmit} onCancel={() => undefined}>
      <Form.Item name="name" label="姓名">
        <Input />
      </Form.Item>
      <Form.Item name="heldOn" label="日期">
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}

// Issue 8, item 15: Enter in a date field submitted the dialog before the picker had taken the typed
// date (a cadre saved without a date, a session with 0 attendees). In a picker, Enter only confirms.
describe('FormModal and Enter', () => {
  it('does not let Enter in a date field submit the dialog', () => {
    render(<Dialog onSubmit={vi.fn()} />);
    const picker = screen.getByLabelText('日期');
    fireEvent.change(picker, { target: { value: '2026-03-12' } });
    // fireEvent returns false when a handler cancelled the default action (the form's implicit submission).
    expect(fireEvent.keyDown(picker, { key: 'Enter', code: 'Enter' })).toBe(false);
  });

  it('still submits on Enter in a text field', () => {
    render(<Dialog onSubmit={vi.fn()} />);
    expect(fireEvent.keyDown(screen.getByLabelText('姓名'), { key: 'Enter', code: 'Enter' })).toBe(true);
  });
});
