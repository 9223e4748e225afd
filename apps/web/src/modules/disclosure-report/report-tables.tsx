import {
  OUTCOME_GROUPS,
  TABLE2_LABELS,
  TABLE3_COLUMN_LABELS,
  TABLE3_COLUMNS,
  TABLE3_HEADINGS,
  TABLE3_NOTE,
  TABLE3_RESULTS_LABEL,
  TABLE3_ROWS,
  TABLE4_CELL_LABELS,
  TABLE4_CELLS,
  TABLE4_HEADINGS,
  TABLE4_KINDS,
  type CellRef,
  type Table2,
  type Table3,
  type Table3Column,
  type Table3Row,
  type Table4,
  type Violation,
} from '@yifa/domain';
import { InputNumber } from 'antd';
import type { ReactNode } from 'react';
import { numberProblem } from '../../components/form-rules.ts';
import './report.css';

/** A figure of table 3 or 4 that can open the records behind it. */
export interface FigureRef {
  table: 'table3' | 'table4';
  row: string;
  column: string;
  rowLabel: string;
  columnLabel: string;
}

function flagClass(violations: Violation[], match: (c: CellRef) => boolean): string {
  const hits = violations.filter((v) => v.cells.some(match));
  if (hits.some((v) => v.severity === 'error')) return 'num flagged';
  return hits.length > 0 ? 'num flagged-warning' : 'num';
}

function Figure({ value, count, onOpen }: { value: number; count: number; onOpen: () => void }) {
  return (
    <button type="button" disabled={count === 0} onClick={onOpen}>
      {value}
    </button>
  );
}

/** Table 3 as the national format prints it; every figure opens its records. */
export function Table3View({
  table,
  counts,
  violations,
  onOpen,
}: {
  table: Table3;
  counts: Record<string, Record<string, number>>;
  violations: Violation[];
  onOpen: (f: FigureRef) => void;
}) {
  const figures = (row: Table3Row, label: string) =>
    TABLE3_COLUMNS.map((col: Table3Column) => (
      <td key={col} className={flagClass(violations, (c) => c.table === 'table3' && c.row === row && c.column === col)}>
        <Figure
          value={table[row][col]}
          count={counts[row]?.[col] ?? 0}
          onOpen={() => onOpen({ table: 'table3', row, column: col, rowLabel: label, columnLabel: TABLE3_COLUMN_LABELS[col] })}
        />
      </td>
    ));
  const outcomeRows = TABLE3_ROWS.filter((r) => !['newReceived', 'carriedOver', 'carriedForward'].includes(r.key));
  let previousGroup: string | null = null;
  const body: ReactNode[] = [];
  const simple = (key: Table3Row) => {
    const spec = TABLE3_ROWS.find((r) => r.key === key)!;
    return (
      <tr key={key}>
        <th scope="row" className="row-label" colSpan={3}>
          {spec.label}
        </th>
        {figures(key, spec.label)}
      </tr>
    );
  };
  body.push(simple('newReceived'), simple('carriedOver'));
  outcomeRows.forEach((spec, i) => {
    const cells: ReactNode[] = [];
    if (i === 0)
      cells.push(
        <th key="g0" scope="rowgroup" className="row-label" rowSpan={outcomeRows.length}>
          {TABLE3_RESULTS_LABEL}
        </th>,
      );
    if (spec.group === null) {
      cells.push(
        <th key="l" scope="row" className="row-label" colSpan={2}>
          {spec.label}
        </th>,
      );
    } else {
      if (spec.group !== previousGroup) {
        cells.push(
          <th key="g" scope="rowgroup" className="row-label" rowSpan={outcomeRows.filter((s) => s.group === spec.group).length}>
            {OUTCOME_GROUPS[spec.group].zh}
          </th>,
        );
      }
      cells.push(
        <th key="l" scope="row" className="row-label">
          {spec.label}
        </th>,
      );
    }
    previousGroup = spec.group;
    const groupLabel = spec.group ? `${OUTCOME_GROUPS[spec.group].zh}${spec.label}` : spec.label;
    body.push(
      <tr key={spec.key}>
        {cells}
        {figures(spec.key, groupLabel)}
      </tr>,
    );
  });
  body.push(simple('carriedForward'));
  return (
    <table className="ogi-table">
      <thead>
        <tr>
          <td colSpan={3} rowSpan={3} style={{ fontSize: 12, textAlign: 'center' }}>
            {TABLE3_NOTE}
          </td>
          <th colSpan={7}>{TABLE3_HEADINGS.applicant}</th>
        </tr>
        <tr>
          <th rowSpan={2}>{TABLE3_COLUMN_LABELS.natural}</th>
          <th colSpan={5}>{TABLE3_HEADINGS.organisation}</th>
          <th rowSpan={2}>{TABLE3_COLUMN_LABELS.total}</th>
        </tr>
        <tr>
          {(['commercial', 'research', 'publicWelfare', 'legalService', 'other'] as const).map((c) => (
            <th key={c}>{TABLE3_COLUMN_LABELS[c]}</th>
          ))}
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
}

/** Table 4: reconsideration, and litigation without / after reconsideration. */
export function Table4View({
  table,
  counts,
  violations,
  onOpen,
}: {
  table: Table4;
  counts: Record<string, Record<string, number>>;
  violations: Violation[];
  onOpen: (f: FigureRef) => void;
}) {
  const heads = TABLE4_CELLS.map((c) => TABLE4_CELL_LABELS[c]);
  const kindLabel = {
    review: TABLE4_HEADINGS.review,
    litigationDirect: TABLE4_HEADINGS.litigationDirect,
    litigationAfterReview: TABLE4_HEADINGS.litigationAfterReview,
  };
  return (
    <table className="ogi-table">
      <thead>
        <tr>
          <th colSpan={5} rowSpan={2}>
            {TABLE4_HEADINGS.review}
          </th>
          <th colSpan={10}>{TABLE4_HEADINGS.litigation}</th>
        </tr>
        <tr>
          <th colSpan={5}>{TABLE4_HEADINGS.litigationDirect}</th>
          <th colSpan={5}>{TABLE4_HEADINGS.litigationAfterReview}</th>
        </tr>
        <tr>{TABLE4_KINDS.flatMap((k) => heads.map((h) => <th key={`${k}-${h}`}>{h}</th>))}</tr>
      </thead>
      <tbody>
        <tr>
          {TABLE4_KINDS.flatMap((k) =>
            TABLE4_CELLS.map((c) => (
              <td key={`${k}-${c}`} className={flagClass(violations, (x) => x.table === 'table4' && x.row === k && x.column === c)}>
                <Figure
                  value={table[k][c]}
                  count={counts[k]?.[c] ?? 0}
                  onOpen={() => onOpen({ table: 'table4', row: k, column: c, rowLabel: kindLabel[k], columnLabel: TABLE4_CELL_LABELS[c] })}
                />
              </td>
            )),
          )}
        </tr>
      </tbody>
    </table>
  );
}

type CountPath =
  | ['art20_1', 'regulations' | 'normativeDocs', 'issued' | 'abolished' | 'effective']
  | ['art20_5', 'adminLicense', 'decisions']
  | ['art20_6', 'adminPenalty' | 'adminCompulsion', 'decisions']
  | ['art20_8', 'adminFee', 'amountWanYuan'];

function get(t: Table2, p: CountPath): number {
  return (t as unknown as Record<string, Record<string, Record<string, number>>>)[p[0]]![p[1]]![p[2]]!;
}
function set(t: Table2, p: CountPath, v: number): Table2 {
  const next = JSON.parse(JSON.stringify(t)) as Table2;
  (next as unknown as Record<string, Record<string, Record<string, number>>>)[p[0]]![p[1]]![p[2]] = v;
  return next;
}

/**
 * One figure of table 2, refused on the spot when it breaks the contract (a count is a whole number
 * ≥ 0, the fee in 万元 has at most four decimals): the input never clamps or rounds it (issue 8,
 * item 14), the cell turns red with the reason, and saving is refused by the server as well.
 */
function CountInput({ label, path, value, onChange }: { label: string; path: CountPath; value: number; onChange: (v: number) => void }) {
  const limits = path[2] === 'amountWanYuan' ? { min: 0, max: 1_000_000, decimals: 4 } : { min: 0, max: 10_000_000, isInteger: true };
  const problem = numberProblem(label, value, limits);
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
  const L = TABLE2_LABELS;
  const cell = (p: CountPath, label: string) => (
    <td key={p.join('.')} className={flagClass(violations, (c) => c.table === 'table2' && p.join('.').startsWith(c.path))}>
      {readOnly ? get(value, p) : <CountInput label={label} path={p} value={get(value, p)} onChange={(v) => onChange(set(value, p, v))} />}
    </td>
  );
  const block = (caption: string, columns: readonly string[], rows: [string, CountPath[]][]) => (
    <table className="ogi-table ogi-table2" key={caption}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th>{L.header}</th>
          {columns.map((c) => (
            <th key={c}>{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, paths]) => (
          <tr key={name}>
            <th scope="row" className="row-label">
              {name}
            </th>
            {paths.map((p, i) => cell(p, `${caption} ${name} ${columns[i] ?? ''}`))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  const triple = (r: 'regulations' | 'normativeDocs'): CountPath[] =>
    (['issued', 'abolished', 'effective'] as const).map((c) => ['art20_1', r, c]);
  return (
    <>
      {block(L.art20_1.caption, L.art20_1.columns, [
        [L.art20_1.regulations, triple('regulations')],
        [L.art20_1.normativeDocs, triple('normativeDocs')],
      ])}
      {block(L.art20_5.caption, L.art20_5.columns, [[L.art20_5.adminLicense, [['art20_5', 'adminLicense', 'decisions']]]])}
      {block(L.art20_6.caption, L.art20_6.columns, [
        [L.art20_6.adminPenalty, [['art20_6', 'adminPenalty', 'decisions']]],
        [L.art20_6.adminCompulsion, [['art20_6', 'adminCompulsion', 'decisions']]],
      ])}
      {block(L.art20_8.caption, L.art20_8.columns, [[L.art20_8.adminFee, [['art20_8', 'adminFee', 'amountWanYuan']]]])}
    </>
  );
}
