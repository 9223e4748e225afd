import { fireEvent, render, screen } from '@testing-library/react';
import { EMPTY_TABLE2 } from '@yifa/domain';
import { describe, expect, it, vi } from 'vitest';
import { Table2Editor } from './report-tables.tsx';

// Issue 8, item 14: a negative count was clamped to 0 and 2.5 rounded to 3 by the input's min/precision.
describe('Table2Editor', () => {
  it('keeps an impossible figure as typed and marks its cell, never clamps or rounds it', () => {
    const onChange = vi.fn();
    const { rerender } = render(<Table2Editor value={EMPTY_TABLE2} onChange={onChange} readOnly={false} violations={[]} />);
    const cell = screen.getAllByRole('spinbutton')[0]!;
    fireEvent.change(cell, { target: { value: '-5' } });
    fireEvent.blur(cell);
    const typed = onChange.mock.calls.at(-1)![0] as typeof EMPTY_TABLE2;
    expect(typed.art20_1.regulations.issued).toBe(-5);
    rerender(<Table2Editor value={typed} onChange={onChange} readOnly={false} violations={[]} />);
    const marked = screen.getAllByRole('spinbutton')[0]!;
    expect(marked.getAttribute('aria-invalid')).toBe('true');
    expect(marked.closest('[title]')?.getAttribute('title') ?? marked.getAttribute('title')).toMatch(/不能小于 0/);
  });
});
