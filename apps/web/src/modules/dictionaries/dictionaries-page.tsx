import { DeleteOutlined, EditOutlined, LockOutlined, PlusOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { comingDictionaryModules, isDictionaryInUse, type Dictionary, type DictionaryEntry } from '@yifa/domain';
import { App, Button, Card, Col, Empty, Menu, Row, Skeleton, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { notifyError, notifySuccess } from '../../app/notifier.ts';
import { useSessionInfo } from '../../auth/session.ts';
import { TownshipSelect, useTownshipIds } from '../../components/township-select.tsx';
import { formatList } from '../../components/format-date.ts';
import { pickLabel } from '../../i18n/labels.ts';
import { useDictionaries, useEntryMutations } from './api.ts';
import { EntryFormModal, type EntryDialog } from './entry-form-modal.tsx';

/**
 * 字典: the lists records pick from (docs/dictionaries.md), per township. The township
 * administrator relabels, reorders, deactivates and extends them; built-in entries keep their code.
 */
export default function DictionariesPage() {
  const { t, i18n } = useTranslation();
  const { modal } = App.useApp();
  const session = useSessionInfo();
  // The system administrator and a county reviewer see several townships: they pick one.
  const isAboveTownships = session.dataScope === 'all' || session.dataScope === 'countyRead';
  const townshipIds = useTownshipIds(isAboveTownships);
  const [townshipId, setTownshipId] = useState<string | null>(null);
  useEffect(() => {
    if (isAboveTownships && !townshipId && townshipIds[0]) setTownshipId(townshipIds[0]);
  }, [isAboveTownships, townshipId, townshipIds]);
  const dictionaries = useDictionaries(townshipId, !isAboveTownships || !!townshipId);
  // Only the dictionaries of modules that exist: a list no record can pick from yet is not offered.
  const inUse = (dictionaries.data ?? []).filter((d) => isDictionaryInUse(d.code));
  const coming = comingDictionaryModules().map((m) => (i18n.language.startsWith('en') ? m.en : m.zh));
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedCode = searchParams.get('d') ?? inUse[0]?.code ?? null;
  const selected = inUse.find((d) => d.code === selectedCode) ?? inUse[0] ?? null;
  const [dialog, setDialog] = useState<EntryDialog | null>(null);
  const { update, remove } = useEntryMutations();
  // The server says who edits (its township administrator, never another township's): the buttons follow it.
  const canWrite = !!selected?.abilities.createEntry;
  const editsAny = !!selected?.entries.some((e) => e.abilities.update);
  const label = (d: Dictionary) => pickLabel(d, i18n.language);

  const toggle = (entry: DictionaryEntry) =>
    update.mutate(
      { entry, change: { isActive: !entry.isActive } },
      {
        onSuccess: () => notifySuccess(entry.isActive ? t('dictionary.deactivated') : t('dictionary.activated')),
        onError: notifyError,
      },
    );

  const confirmDelete = (entry: DictionaryEntry) =>
    modal.confirm({
      title: t('common.confirmDelete', { name: entry.labelZh }),
      content: t('dictionary.deleteHint'),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        remove
          .mutateAsync(entry)
          .then(() => notifySuccess(t('common.deleted')))
          .catch(() => undefined),
    });

  const columns: TableColumnsType<DictionaryEntry> = [
    { title: t('dictionary.sortOrder'), dataIndex: 'sortOrder', width: 70, align: 'right' },
    {
      title: t('dictionary.code'),
      dataIndex: 'code',
      width: 190,
      render: (code: string, e) => (
        <Space size={4}>
          <Typography.Text code>{code}</Typography.Text>
          {e.isBuiltin ? (
            <Tooltip title={t('dictionary.builtinCodeHint')}>
              <LockOutlined aria-label={t('dictionary.builtinCodeHint')} tabIndex={0} style={{ color: '#8c95a3' }} />
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    { title: t('dictionary.labelZh'), dataIndex: 'labelZh', ellipsis: true },
    { title: t('dictionary.labelEn'), dataIndex: 'labelEn', ellipsis: true },
    {
      title: t('dictionary.type'),
      dataIndex: 'isBuiltin',
      width: 80,
      render: (v: boolean) => (v ? <Tag>{t('dictionary.builtin')}</Tag> : <Tag color="blue">{t('dictionary.custom')}</Tag>),
    },
    {
      title: t('dictionary.status'),
      dataIndex: 'isActive',
      width: 80,
      render: (v: boolean) => (v ? <Tag color="green">{t('common.enabled')}</Tag> : <Tag color="default">{t('common.disabled')}</Tag>),
    },
    ...(editsAny
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 210,
            fixed: 'right' as const,
            render: (_: unknown, e: DictionaryEntry) => (
              <Space size={0}>
                {e.abilities.update ? (
                  <>
                    <Button
                      type="link"
                      size="small"
                      icon={<EditOutlined />}
                      onClick={() => setDialog({ mode: 'edit', entry: e, dictionaryLabel: selected ? label(selected) : '' })}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      type="link"
                      size="small"
                      icon={e.isActive ? <StopOutlined /> : <CheckCircleOutlined />}
                      onClick={() => toggle(e)}
                      aria-label={`${e.isActive ? t('dictionary.deactivate') : t('dictionary.activate')}: ${e.labelZh}`}
                    >
                      {e.isActive ? t('dictionary.deactivate') : t('dictionary.activate')}
                    </Button>
                  </>
                ) : null}
                {e.abilities.delete ? (
                  <Button
                    type="link"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => confirmDelete(e)}
                    aria-label={`${t('common.delete')}: ${e.labelZh}`}
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

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t('dictionary.title')}
        </Typography.Title>
        {isAboveTownships ? (
          <TownshipSelect
            value={townshipId ?? undefined}
            onChange={(v) => setTownshipId(v)}
            aria-label={t('dictionary.township')}
            placeholder={t('dictionary.township')}
            style={{ width: 220 }}
          />
        ) : null}
      </Space>
      <Row gutter={16} wrap={false}>
        <Col flex="240px" style={{ minWidth: 0 }}>
          <Card size="small" styles={{ body: { padding: 4 } }}>
            {dictionaries.isPending ? (
              <Skeleton active />
            ) : (
              <nav aria-label={t('dictionary.listLabel')}>
                <Menu
                  mode="inline"
                  selectedKeys={selected ? [selected.code] : []}
                  onClick={({ key }) => setSearchParams({ d: key }, { replace: true })}
                  items={inUse.map((d) => ({
                    key: d.code,
                    label: (
                      <span style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{label(d)}</span>
                        <Typography.Text type="secondary">{d.entries.filter((e) => e.isActive).length}</Typography.Text>
                      </span>
                    ),
                  }))}
                  style={{ borderInlineEnd: 'none' }}
                />
                {coming.length > 0 ? (
                  <Typography.Paragraph type="secondary" style={{ margin: 8, fontSize: 12 }}>
                    {t('dictionary.comingNote', { modules: formatList(coming) })}
                  </Typography.Paragraph>
                ) : null}
              </nav>
            )}
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card
            size="small"
            title={
              selected ? (
                <span>
                  {label(selected)}{' '}
                  <Typography.Text type="secondary" code style={{ fontWeight: 400 }}>
                    {selected.code}
                  </Typography.Text>
                </span>
              ) : (
                ''
              )
            }
            extra={
              canWrite && selected ? (
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setDialog({ mode: 'create', dictionary: selected.code, dictionaryLabel: label(selected) })}
                >
                  {t('dictionary.create')}
                </Button>
              ) : null
            }
          >
            {selected ? (
              <>
                <Table<DictionaryEntry>
                  rowKey="id"
                  size="small"
                  columns={columns}
                  dataSource={selected.entries}
                  pagination={false}
                  loading={dictionaries.isFetching}
                  scroll={{ x: editsAny ? 960 : 760 }}
                  rowClassName={(e) => (e.isActive ? '' : 'yifa-row-inactive')}
                />
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
                  {t('dictionary.rulesHint')}
                </Typography.Paragraph>
              </>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            )}
          </Card>
        </Col>
      </Row>
      <EntryFormModal dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
