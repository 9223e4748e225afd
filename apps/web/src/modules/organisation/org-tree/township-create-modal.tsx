import { DEFAULT_DEPARTMENTS, organisationApi, type CreateTownshipRequest, type Org } from '@yifa/domain/organisation';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Descriptions, Empty, Form, Select, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/call.ts';
import { notifySuccess } from '../../../app/notifier.ts';
import { reportFormError } from '../../../app/report-form-error.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { orgKeys } from '../api.ts';

interface Values {
  divisionCode: string;
  departments: string[];
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * 按区划代码建立乡镇 (system administrator): find the township by name or code in the 2023 division
 * codes, preview it with its villages and communities, then create it with its offices.
 */
export function TownshipCreateModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (org: Org) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const code = Form.useWatch('divisionCode', form);

  const results = useQuery({
    queryKey: ['divisions', 'townships', q],
    queryFn: () => call(organisationApi.searchTownshipDivisions, { query: { q } }),
    enabled: open && q.length > 0,
  });
  const preview = useQuery({
    queryKey: ['divisions', 'township', code],
    queryFn: () => call(organisationApi.previewTownship, { params: { code } }),
    enabled: open && !!code,
  });
  const create = useMutation({
    meta: { silent: true },
    mutationFn: (body: CreateTownshipRequest) => call(organisationApi.createTownship, { body }),
    onSuccess: async (org) => {
      notifySuccess(t('org.township.created', { name: org.name }));
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
      onCreated(org);
    },
    onError: (error) => reportFormError(form, error, { fields: ['divisionCode', 'departments'] }),
  });

  const p = preview.data;
  const villageCount = p?.villages.length ?? 0;
  return (
    <FormModal<Values>
      open={open}
      title={t('org.township.title')}
      form={form}
      width={720}
      okText={t('org.township.confirm')}
      isSubmitting={create.isPending}
      initialValues={{ departments: DEFAULT_DEPARTMENTS }}
      onCancel={onClose}
      onSubmit={(values) => create.mutate({ divisionCode: values.divisionCode, departments: values.departments })}
    >
      <Form.Item
        name="divisionCode"
        label={t('org.township.searchLabel')}
        rules={[{ required: true, message: t('org.township.pickFirst') }]}
      >
        <Select
          showSearch={{ filterOption: false, onSearch: setSearch }}
          placeholder={t('org.township.searchPlaceholder')}
          notFoundContent={
            results.isFetching ? (
              <Spin size="small" />
            ) : q ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.township.searchEmpty')} />
            ) : null
          }
          options={(results.data ?? []).map((d) => ({ value: d.code, label: `${d.name}  ${d.code}` }))}
          autoFocus
        />
      </Form.Item>
      {preview.isFetching ? <Spin /> : null}
      {p ? (
        <>
          <Descriptions size="small" bordered column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('org.tree.name')}>{p.township.officialName ?? p.township.name}</Descriptions.Item>
            <Descriptions.Item label={t('org.township.code')}>{p.township.code}</Descriptions.Item>
            <Descriptions.Item label={t('org.township.belongsTo')} span={2}>
              {[p.province.name, p.city.name, p.county.name].filter((n, i, all) => all.indexOf(n) === i).join(' / ')}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text strong>{t('org.township.villages')}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('org.township.villageCount', { count: villageCount })}
          </Typography.Paragraph>
          <div
            style={{ maxHeight: 120, overflow: 'auto', marginBottom: 16, border: '1px solid #f0f0f0', padding: 8, borderRadius: 4 }}
            tabIndex={0}
            aria-label={t('org.township.villages')}
          >
            {p.villages.map((v) => (
              <Tag key={v.code} color={v.kind === 'community' ? 'cyan' : 'green'} variant="filled" style={{ marginBottom: 4 }}>
                {v.name}
              </Tag>
            ))}
          </div>
          <Form.Item name="departments" label={t('org.township.departments')}>
            <Select mode="tags" tokenSeparators={[',', '，']} />
          </Form.Item>
        </>
      ) : null}
    </FormModal>
  );
}
