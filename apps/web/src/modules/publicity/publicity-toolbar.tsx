import { Flex, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TownshipSelect } from '../../components/township-select.tsx';
import { formatList } from '../../components/format-date.ts';
import { chinaYear, type PageContext } from './api.ts';

/** Title, year (and township for callers above townships) and the page's own buttons. */
export function PublicityToolbar({ title, ctx, children }: { title: string; ctx: PageContext; children?: ReactNode }) {
  const { t } = useTranslation();
  const now = chinaYear();
  const years = Array.from({ length: 6 }, (_, i) => now + 1 - i);
  if (!years.includes(ctx.year)) years.push(ctx.year);
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
      <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
        {title}
      </Typography.Title>
      <Space wrap>
        {ctx.isAboveTownship ? (
          <TownshipSelect
            aria-label={t('publicity.township')}
            style={{ minWidth: 180 }}
            value={ctx.townshipId ?? undefined}
            onChange={(v) => ctx.setTownshipId(v)}
          />
        ) : null}
        <Select<number>
          aria-label={t('publicity.year')}
          value={ctx.year}
          style={{ width: 110 }}
          options={years.sort((a, b) => b - a).map((y) => ({ value: y, label: t('publicity.yearValue', { year: y }) }))}
          onChange={(y) => ctx.setYear(y)}
        />
        {children}
      </Space>
    </Flex>
  );
}

/** 全年 / 第二季度 / 4月、5月 in the UI language. */
export function plannedPeriodText(
  months: readonly number[],
  t: (k: 'publicity.duty.wholeYear' | 'publicity.duty.quarter' | 'publicity.duty.month', o?: { n: number }) => string,
): string {
  if (months.length === 0 || months.length === 12) return t('publicity.duty.wholeYear');
  const quarters = [1, 2, 3, 4].filter((q) => [q * 3 - 2, q * 3 - 1, q * 3].every((m) => months.includes(m)));
  const rest = [...months].sort((a, b) => a - b).filter((m) => !quarters.includes(Math.ceil(m / 3)));
  return formatList([...quarters.map((n) => t('publicity.duty.quarter', { n })), ...rest.map((n) => t('publicity.duty.month', { n }))]);
}
