import { fireEvent, render, screen } from '@testing-library/react';
import {
  EMPTY_TABLE2,
  emptyTable3,
  emptyTable4,
  figureKey,
  layoutFigures,
  TABLE2_LAYOUTS,
  TABLE3_LAYOUT,
  TABLE4_LAYOUT,
} from '@yifa/domain/disclosure-report';
import { describe, expect, it, vi } from 'vitest';
import { Table2Editor, Table3View, Table4View } from './report-tables.tsx';

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

// Issue 9, item 4: the web draws the domain's layout, the same cells (with the same references) as Word and the public page.
describe('the report tables on the web', () => {
  const refs = (root: HTMLElement) => [...root.querySelectorAll('[data-ref]')].map((e) => e.getAttribute('data-ref'));
  const figures = { table2: EMPTY_TABLE2, table3: emptyTable3(), table4: emptyTable4() };

  it('renders every figure of the layout, in its order, with its reference', () => {
    const t2 = render(<Table2Editor value={EMPTY_TABLE2} onChange={() => {}} readOnly violations={[]} />);
    expect(refs(t2.container)).toEqual(TABLE2_LAYOUTS.flatMap((l) => layoutFigures(l).map((f) => figureKey(f.ref))));
    const t3 = render(<Table3View figures={figures} counts={{}} violations={[]} onOpen={() => {}} />);
    expect(refs(t3.container)).toEqual(layoutFigures(TABLE3_LAYOUT).map((f) => figureKey(f.ref)));
    expect(t3.container.querySelectorAll('[data-ref]').length).toBe(25 * 7);
    expect(t3.container.querySelector('th[rowspan="22"]')?.textContent).toBe('三、本年度办理结果');
    const t4 = render(<Table4View figures={figures} counts={{}} violations={[]} onOpen={() => {}} />);
    expect(refs(t4.container)).toEqual(layoutFigures(TABLE4_LAYOUT).map((f) => figureKey(f.ref)));
  });
});
