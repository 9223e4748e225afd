import { PlusOutlined } from '@ant-design/icons';
import type { Org } from '@yifa/domain/organisation';
import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '../../../components/search-input.tsx';
import { OrgTreeSelect } from './org-tree-select.tsx';

/** The head of an org-filtered list (干部, 用户): title, name search, org filter and the create button. */
export function OrgListToolbar({
  title,
  searchPlaceholder,
  orgs,
  orgId,
  onSearch,
  onOrgChange,
  createLabel,
  onCreate,
  extra,
}: {
  title: string;
  searchPlaceholder: string;
  orgs: Org[] | undefined;
  orgId: string | undefined;
  onSearch: (q: string | undefined) => void;
  onOrgChange: (orgId: string | undefined) => void;
  /** Without it (no write permission) there is no create button. */
  createLabel?: string | undefined;
  onCreate?: () => void;
  /** More buttons before the create button (e.g. import from Excel). */
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
      <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
        {title}
      </Typography.Title>
      <Space wrap>
        <SearchInput
          placeholder={searchPlaceholder}
          aria-label={searchPlaceholder}
          allowClear
          style={{ width: 220 }}
          onSearch={(q) => onSearch(q.trim() || undefined)}
        />
        <OrgTreeSelect
          orgs={orgs}
          allowClear
          placeholder={t('person.orgFilter')}
          aria-label={t('person.orgFilter')}
          style={{ width: 220 }}
          value={orgId}
          onChange={(value) => onOrgChange(value || undefined)}
        />
        {extra}
        {createLabel && onCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
            {createLabel}
          </Button>
        ) : null}
      </Space>
    </Space>
  );
}
