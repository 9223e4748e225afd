import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '../test/render-page.tsx';
import { EditDeleteActions } from './row-actions.tsx';

describe('EditDeleteActions', () => {
  it('edits at once, and deletes only after the confirmation names the record', async () => {
    const onEdit = vi.fn();
    const onDelete = vi.fn(async () => undefined);
    renderPage(<EditDeleteActions name="宪法宣传周" onEdit={onEdit} onDelete={onDelete} />);
    fireEvent.click(await screen.findByRole('button', { name: /编\s*辑/ }));
    expect(onEdit).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: /删\s*除/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('宪法宣传周');
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: /删\s*除/ }));
    await waitFor(() => expect(onDelete).toHaveBeenCalledOnce());
  });
});
