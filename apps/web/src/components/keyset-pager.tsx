import { LeftOutlined, RightOutlined, VerticalRightOutlined } from '@ant-design/icons';
import type { KeysetPage, PageTotal } from '@yifa/domain';
import { Button, Select, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const PAGE_SIZES = [10, 20, 50, 100];

interface PagingState {
  filterKey: string;
  /** The cursor of every page visited so far: index 0 is the first page (no cursor). */
  cursors: (string | undefined)[];
  index: number;
  pageSize: number;
}

/**
 * Paging a server list by cursor (packages/domain/src/platform/paging.ts): the client remembers the
 * cursors of the pages it has seen, so it can go back, on, or to the first page — never jump to page
 * 500, which a list of millions of rows has no cheap way to find. A change of filter starts again
 * from the first page. `query` goes into the list's request; `pager(data)` draws the controls.
 */
export function useKeysetPaging(filters: unknown, initialPageSize = 20) {
  const filterKey = JSON.stringify(filters ?? null);
  const [state, setState] = useState<PagingState>({ filterKey, cursors: [undefined], index: 0, pageSize: initialPageSize });
  const current = state.filterKey === filterKey ? state : { ...state, filterKey, cursors: [undefined], index: 0 };
  if (current !== state) setState(current);
  // The total comes with a first page only; it stays while the user pages on.
  const totalRef = useRef<{ filterKey: string; pageSize: number; total: PageTotal } | null>(null);
  const after = current.cursors[current.index];
  const query = { pageSize: current.pageSize, ...(after ? { after } : {}) };

  const pager = (data: KeysetPage<unknown> | undefined, isFetching = false) => {
    if (data?.total && current.index === 0) totalRef.current = { filterKey, pageSize: current.pageSize, total: data.total };
    const total = totalRef.current?.filterKey === filterKey ? totalRef.current.total : null;
    return (
      <KeysetPager
        pageNumber={current.index + 1}
        pageSize={current.pageSize}
        total={total}
        hasNext={!!data?.nextCursor}
        isFetching={isFetching}
        onFirst={() => setState({ ...current, index: 0 })}
        onPrevious={() => setState({ ...current, index: Math.max(0, current.index - 1) })}
        onNext={() => {
          if (!data?.nextCursor) return;
          const cursors = [...current.cursors.slice(0, current.index + 1), data.nextCursor];
          setState({ ...current, cursors, index: current.index + 1 });
        }}
        onPageSizeChange={(pageSize) => setState({ filterKey, cursors: [undefined], index: 0, pageSize })}
      />
    );
  };
  return { query, pageNumber: current.index + 1, pager };
}

interface KeysetPagerProps {
  pageNumber: number;
  pageSize: number;
  total: PageTotal | null;
  hasNext: boolean;
  isFetching: boolean;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onPageSizeChange: (pageSize: number) => void;
}

/** 共 N 条 (or 共 10,000+ 条) · 首页 · 上一页 · 第 n 页 · 下一页 · n 条/页 — all reachable by Tab. */
export function KeysetPager(p: KeysetPagerProps) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language);
  const totalText = p.total
    ? p.total.isCapped
      ? t('common.pager.totalCapped', { total: number(p.total.count) })
      : t('common.total', { total: number(p.total.count) })
    : null;
  return (
    <Space
      wrap
      style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 16 }}
      aria-label={t('common.pager.label')}
      aria-busy={p.isFetching}
      role="navigation"
    >
      {totalText && <Typography.Text type="secondary">{totalText}</Typography.Text>}
      <Button size="small" icon={<VerticalRightOutlined />} disabled={p.pageNumber === 1} onClick={p.onFirst}>
        {t('common.pager.first')}
      </Button>
      <Button size="small" icon={<LeftOutlined />} disabled={p.pageNumber === 1} onClick={p.onPrevious}>
        {t('common.pager.previous')}
      </Button>
      <Typography.Text aria-live="polite">{t('common.pager.page', { page: p.pageNumber })}</Typography.Text>
      <Button size="small" disabled={!p.hasNext} onClick={p.onNext}>
        {t('common.pager.next')} <RightOutlined />
      </Button>
      <Select
        size="small"
        aria-label={t('common.pager.pageSizeLabel')}
        value={p.pageSize}
        onChange={p.onPageSizeChange}
        options={PAGE_SIZES.map((n) => ({ value: n, label: t('common.pager.pageSize', { size: n }) }))}
        style={{ width: 104 }}
      />
    </Space>
  );
}
