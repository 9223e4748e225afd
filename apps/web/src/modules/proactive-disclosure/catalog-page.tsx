import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { type BodyInput } from '@yifa/domain';
import {
  DISCLOSURE_CATEGORY_CODES,
  proactiveDisclosureApi as pdApi,
  ZCatalogItemInput,
  type CatalogItem,
} from '@yifa/domain/proactive-disclosure';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { reportFormError } from '../../app/report-form-error.ts';
import { useCan } from '../../auth/session.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { numberRule, requiredRule } from '../../components/form-rules.ts';
import { maxLengthOf, numberLimitsOf } from '../../components/contract-limits.ts';
import { useOrgs } from '../organisation/index.ts';
import { pdKeys, useCatalog } from './api.ts';

type Values = {
  titleZh: string;
  category: string;
  legalBasis: string;
  timeLimitDays: number;
  responsibleOrgId?: string | null;
  description?: string;
};

/** 公开目录: the statutory items (Arts. 20–21) and the township's own, with category, office and time limit. */
export default function CatalogPage() {
  const { t, i18n } = useTranslation();
  const { modal } = App.useApp();
  const can = useCan();
  const canWrite = can('proactive-disclosure:catalog:write');
  const queryClient = useQueryClient();
  const catalog = useCatalog();
  const orgs = useOrgs(can('org:org:read'));
  const [editing, setEditing] = useState<{ item: CatalogItem | null } | null>(null);
  const [form] = Form.useForm<Values>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: pdKeys.all });
  const save = useMutation({
    meta: { silent: true },
    mutationFn: (v: Values): Promise<unknown> => {
      const body = { ...v, responsibleOrgId: v.responsibleOrgId ?? null, description: v.description?.trim() ? v.description.trim() : null };
      const item = editing?.item;
      if (item) {
        const { titleZh, legalBasis, ...rest } = body;
        const patch: BodyInput<typeof pdApi.updateCatalogItem> = item.isStatutory
          ? { ...rest, version: item.version }
          : { ...body, version: item.version };
        void titleZh;
        void legalBasis;
        return call(pdApi.updateCatalogItem, { params: { id: item.id }, body: patch });
      }
      return call(pdApi.createCatalogItem, { body: body as BodyInput<typeof pdApi.createCatalogItem> });
    },
    onSuccess: async () => {
      notifySuccess(t('common.saved'));
      await refresh();
      setEditing(null);
    },
    onError: (error) =>
      reportFormError(form, error, { fields: ['titleZh', 'category', 'legalBasis', 'timeLimitDays', 'responsibleOrgId', 'description'] }),
  });
  const remove = useMutation({
    mutationFn: (item: CatalogItem) => call(pdApi.deleteCatalogItem, { params: { id: item.id } }),
    onSuccess: async () => {
      notifySuccess(t('common.deleted'));
      await refresh();
    },
  });
  const isEn = i18n.language === 'en';
  const offices = (orgs.data ?? []).filter((o) => o.kind === 'township' || o.kind === 'department');
  const columns: TableColumnsType<CatalogItem> = [
    {
      title: t('proactiveDisclosure.catalog.item'),
      dataIndex: 'titleZh',
      render: (v: string, r) => (
        <>
          {isEn && r.titleEn ? r.titleEn : v}{' '}
          {r.isStatutory ? (
            <Tag>{t('proactiveDisclosure.catalog.statutory')}</Tag>
          ) : (
            <Tag color="purple">{t('proactiveDisclosure.catalog.custom')}</Tag>
          )}
        </>
      ),
    },
    {
      title: t('proactiveDisclosure.catalog.category'),
      dataIndex: 'category',
      width: 110,
      render: (v: string) => t(`proactiveDisclosure.category.${v as 'decision'}`),
    },
    { title: t('proactiveDisclosure.catalog.legalBasis'), dataIndex: 'legalBasis', width: 260 },
    {
      title: t('proactiveDisclosure.catalog.timeLimit'),
      dataIndex: 'timeLimitDays',
      width: 120,
      render: (v: number) => t('proactiveDisclosure.catalog.days', { n: v }),
    },
    {
      title: t('proactiveDisclosure.catalog.responsible'),
      dataIndex: 'responsibleOrgName',
      width: 160,
      render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('proactiveDisclosure.catalog.notSet')}</Typography.Text>,
    },
    // Buttons from each item's abilities (a statutory item is never deleted, 条例第二十条、第二十一条).
    ...((catalog.data ?? []).some((r) => r.abilities.update)
      ? [
          {
            title: t('common.actions'),
            key: 'a',
            width: 150,
            render: (_: unknown, r: CatalogItem) => (
              <Space size={0}>
                {r.abilities.update ? (
                  <Button
                    type="link"
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={`${t('common.edit')}: ${r.titleZh}`}
                    onClick={() => setEditing({ item: r })}
                  >
                    {t('common.edit')}
                  </Button>
                ) : null}
                {r.abilities.delete ? (
                  <Button
                    type="link"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() =>
                      modal.confirm({
                        title: t('common.confirmDelete', { name: r.titleZh }),
                        okButtonProps: { danger: true },
                        onOk: () => remove.mutateAsync(r).catch(() => undefined),
                      })
                    }
                  >
                    {t('common.delete')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]
      : []),
  ];
  const item = editing?.item ?? null;
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t('proactiveDisclosure.catalog.title')}
        </Typography.Title>
        {canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ item: null })}>
            {t('proactiveDisclosure.catalog.create')}
          </Button>
        ) : null}
      </Space>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('proactiveDisclosure.catalog.intro')} />
      <Table<CatalogItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={catalog.data ?? []}
        loading={catalog.isFetching}
        pagination={false}
        scroll={{ x: 1000 }}
      />
      <FormModal<Values>
        open={!!editing}
        form={form}
        title={item ? t('proactiveDisclosure.catalog.editTitle') : t('proactiveDisclosure.catalog.createTitle')}
        width={640}
        isSubmitting={save.isPending}
        onCancel={() => setEditing(null)}
        onSubmit={(v) => save.mutate(v)}
        initialValues={
          item
            ? {
                titleZh: item.titleZh,
                category: item.category,
                legalBasis: item.legalBasis,
                timeLimitDays: item.timeLimitDays,
                responsibleOrgId: item.responsibleOrgId,
                description: item.description ?? '',
              }
            : { category: 'execution', timeLimitDays: 20 }
        }
      >
        <Form.Item
          name="titleZh"
          label={t('proactiveDisclosure.catalog.item')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('proactiveDisclosure.catalog.item') }) }]}
        >
          <Input maxLength={maxLengthOf(ZCatalogItemInput, 'titleZh')} disabled={!!item?.isStatutory} />
        </Form.Item>
        <Form.Item name="category" label={t('proactiveDisclosure.catalog.category')} rules={[{ required: true }]}>
          <Select options={DISCLOSURE_CATEGORY_CODES.map((c) => ({ value: c, label: t(`proactiveDisclosure.category.${c}`) }))} />
        </Form.Item>
        <Form.Item
          name="legalBasis"
          label={t('proactiveDisclosure.catalog.legalBasis')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('proactiveDisclosure.catalog.legalBasis') }) },
          ]}
        >
          <Input maxLength={maxLengthOf(ZCatalogItemInput, 'legalBasis')} disabled={!!item?.isStatutory} />
        </Form.Item>
        <Form.Item
          name="timeLimitDays"
          label={t('proactiveDisclosure.catalog.timeLimit')}
          rules={[
            requiredRule(t('proactiveDisclosure.catalog.timeLimit')),
            numberRule(t('proactiveDisclosure.catalog.timeLimit'), numberLimitsOf(ZCatalogItemInput, 'timeLimitDays')),
          ]}
        >
          <InputNumber />
        </Form.Item>
        <Form.Item name="responsibleOrgId" label={t('proactiveDisclosure.catalog.responsible')}>
          <Select allowClear options={offices.map((o) => ({ value: o.id, label: o.name }))} />
        </Form.Item>
        <Form.Item name="description" label={t('proactiveDisclosure.catalog.description')}>
          <Input.TextArea maxLength={maxLengthOf(ZCatalogItemInput, 'description')} rows={2} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
