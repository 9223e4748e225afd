import {
  figureFlag,
  figureKey,
  figureValue,
  TABLE2_LAYOUTS,
  TABLE3_LAYOUT,
  TABLE4_LAYOUT,
  withTable2Figure,
  ZTable2,
  type FigureCell,
  type FigureRef,
  type LayoutCell,
  type ReportFigures,
  type Table2,
  type Table2Path,
  type TableLayout,
  type Violation,
} from '@yifa/domain/disclosure-report';
import { InputNumber } from 'antd';
import type { ReactNode } from 'react';
import { numberLimitsOf } from '../../components/contract-limits.ts';
import { numberProblem } from '../../components/form-rules.ts';
import './report.css';

/** A figure of table 3 or 4, which opens the records behind it. */
export type EvidenceFigure = Omit<FigureCell, 'ref'> & { ref: Extract<FigureRef, { table: 'table3' | 'table4' }> };

const FLAG_CLASSES = { error: 'num flagged', warning: 'num flagged-warning' } as const;

/**
 * One of the report's tables drawn from the domain's layout (packages/domain disclosure-report/
 * table-layouts.ts), the same cells Word, Excel and the public page print; this page only decides
 * what a figure is (a button to its records, an input, a number). Each figure carries its reference.
 */
function LayoutTable({
  layout,
  violations,
  figure,
  className,
}: {
  layout: TableLayout;
  violations: readonly Violation[];
  figure: (cell: FigureCell) => ReactNode;
  className: string;
}) {
  const draw = (c: LayoutCell, i: number) => {
    const spans = { colSpan: c.colSpan, rowSpan: c.rowSpan };
    if (c.kind === 'figure') {
      const flag = figureFlag(violations, c.ref);
      return (
        <td key={figureKey(c.ref)} data-ref={figureKey(c.ref)} className={flag ? FLAG_CLASSES[flag] : 'num'} {...spans}>
          {figure(c)}
        </td>
      );
    }
    if (c.role === 'note')
      return (
        <td key={i} {...spans} style={{ fontSize: 12, textAlign: 'center' }}>
          {c.text}
        </td>
      );
    if (c.role === 'column')
      return (
        <th key={i} {...spans}>
          {c.text}
        </th>
      );
    return (
      <th key={i} scope={c.role} className="row-label" {...spans}>
        {c.text}
      </th>
    );
  };
  const head = layout.rows.slice(0, layout.headerRowCount);
  const body = layout.rows.slice(layout.headerRowCount);
  return (
    <table className={className}>
      {layout.caption && <caption>{layout.caption}</caption>}
      <thead>
        {head.map((row, r) => (
          <tr key={r}>{row.map(draw)}</tr>
        ))}
      </thead>
      <tbody>
        {body.map((row, r) => (
          <tr key={r}>{row.map(draw)}</tr>
        ))}
      </tbody>
    </table>
  );
}

function Figure({ value, count, onOpen }: { value: number; count: number; onOpen: () => void }) {
  return (
    <button type="button" disabled={count === 0} onClick={onOpen}>
      {value}
    </button>
  );
}

interface FiguresProps {
  figures: ReportFigures;
  counts: Record<string, Record<string, number>>;
  violations: Violation[];
  onOpen: (f: EvidenceFigure) => void;
}

function evidenceTable(layout: TableLayout, { figures, counts, violations, onOpen }: FiguresProps) {
  return (
    <LayoutTable
      layout={layout}
      className="ogi-table"
      violations={violations}
      figure={(c) => {
        if (c.ref.table === 'table2') return figureValue(figures, c.ref);
        const { row, column } = c.ref;
        return <Figure value={figureValue(figures, c.ref)} count={counts[row]?.[column] ?? 0} onOpen={() => onOpen(c as EvidenceFigure)} />;
      }}
    />
  );
}

/** Table 3 as the national format prints it; every figure opens its records. */
export function Table3View(props: FiguresProps) {
  return evidenceTable(TABLE3_LAYOUT, props);
}

/** Table 4: reconsideration, and litigation without / after reconsideration; every figure opens its records. */
export function Table4View(props: FiguresProps) {
  return evidenceTable(TABLE4_LAYOUT, props);
}

// The limits of table 2's figures, from the contract the server validates with.
const COUNT_LIMITS = numberLimitsOf(ZTable2.shape.art20_5.shape.adminLicense, 'decisions');
const FEE_LIMITS = numberLimitsOf(ZTable2.shape.art20_8.shape.adminFee, 'amountWanYuan');

/**
 * One figure of table 2, refused on the spot when it breaks the contract (a count is a whole number
 * ≥ 0, the fee in 万元 has at most four decimals): the input never clamps or rounds it (issue 8,
 * item 14), the cell turns red with the reason, and saving is refused by the server as well.
 */
function CountInput({ label, path, value, onChange }: { label: string; path: Table2Path; value: number; onChange: (v: number) => void }) {
  const problem = numberProblem(label, value, path.endsWith('amountWanYuan') ? FEE_LIMITS : COUNT_LIMITS);
  return (
    <InputNumber
      size="small"
      aria-label={label}
      aria-invalid={!!problem}
      status={problem ? 'error' : ''}
      title={problem ?? undefined}
      value={value}
      onChange={(v) => onChange(typeof v === 'number' ? v : 0)}
      style={{ width: 96 }}
    />
  );
}

/** Table 2's four blocks; editable in a draft (整数, the fee in 万元 with decimals). */
export function Table2Editor({
  value,
  onChange,
  readOnly,
  violations,
}: {
  value: Table2;
  onChange: (v: Table2) => void;
  readOnly: boolean;
  violations: Violation[];
}) {
  // Table 2's blocks read only table 2's figures.
  const figures = { table2: value } as ReportFigures;
  return (
    <>
      {TABLE2_LAYOUTS.map((layout) => (
        <LayoutTable
          key={layout.caption}
          layout={layout}
          className="ogi-table ogi-table2"
          violations={violations}
          figure={(c) => {
            if (c.ref.table !== 'table2') return null;
            const path = c.ref.path;
            const current = figureValue(figures, c.ref);
            return readOnly ? (
              current
            ) : (
              <CountInput
                label={`${layout.caption} ${c.rowLabel} ${c.columnLabel}`}
                path={path}
                value={current}
                onChange={(v) => onChange(withTable2Figure(value, path, v))}
              />
            );
          }}
        />
      ))}
    </>
  );
}
