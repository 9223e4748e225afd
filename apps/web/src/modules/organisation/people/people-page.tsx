import { DeleteOutlined, EditOutlined, EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { organisationApi, type PeopleImportResult, type Person } from '@yifa/domain/organisation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { call } from '../../../api/call.ts';
import { uploadSheet } from '../../../api/upload-sheet.ts';
import { notifySuccess } from '../../../app/notifier.ts';
import { useCan } from '../../../auth/session.ts';
import { SheetImportModal } from '../../../components/sheet-import-modal.tsx';
import { useKeysetPaging } from '../../../components/keyset-pager.tsx';
import { useOrgs, usePeople, type ListFilters, type ListParams } from '../api.ts';
import { OrgListToolbar } from '../shared/org-list-toolbar.tsx';
import { PersonFormModal } from './person-form-modal.tsx';
import { useViewPersonal } from './use-view-personal.tsx';

/** 干部: the township's roll, paged on the server, personal data masked. */
export default function PeoplePage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const can = useCan();
  const queryClient = useQueryClient();
  // The org filter lives in the URL (?orgId=…), so links from elsewhere (the compliance page's
  // evidence, /org/people?orgId=…) open the list already filtered, and the filter survives a reload.
  const [searchParams, setSearchParams] = useSearchParams();
  const orgId = searchParams.get('orgId') || undefined;
  const [q, setQ] = useState<string | undefined>();
  const filters: ListFilters = { ...(q ? { q } : {}), ...(orgId ? { orgId } : {}) };
  const paging = useKeysetPaging(filters);
  const params: ListParams = { ...filters, ...paging.query };
  const setOrgId = (next: string | undefined) => {
    setSearchParams(
      (prev) => {
        const copy = new URLSearchParams(prev);
        if (next) copy.set('orgId', next);
        else copy.delete('orgId');
        return copy;
      },
      { replace: true },
    );
  };
  const [editing, setEditing] = useState<{ person: Person | null } | null>(null);
  const [isImporting, setImporting] = useState(false);
  const people = usePeople(params);
  const orgs = useOrgs();
  const viewPersonal = useViewPersonal();
  // Creating and importing are the permission's; each row's buttons are the server's abilities for that cadre.
  const canCreate = can('org:person:write');
  const rows = people.data?.items ?? [];
  const canWrite = rows.some((p) => p.abilities.update || p.abilities.delete);
  const canViewPersonal = rows.some((p) => p.abilities.viewPersonal);

  const remove = useMutation({
    mutationFn: (person: Person) => call(organisationApi.deletePerson, { params: { id: person.id } }),
    onSuccess: async () => {
      notifySuccess(t('common.deleted'));
      await queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });

  const confirmDelete = (person: Person) =>
    modal.confirm({
      title: t('common.confirmDelete', { name: person.name }),
      content: t('common.confirmDeleteHint'),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => remove.mutateAsync(person).catch(() => undefined),
    });

  const columns: TableColumnsType<Person> = [
    { title: t('person.name'), dataIndex: 'name', width: 110, fixed: 'left' },
    { title: t('person.org'), dataIndex: 'orgName', width: 170, ellipsis: true },
    { title: t('person.post'), dataIndex: 'post', ellipsis: true },
    {
      title: t('person.isLeader'),
      dataIndex: 'isLeader',
      width: 90,
      render: (v: boolean) => (v ? <Tag color="blue">{t('common.yes')}</Tag> : null),
    },
    { title: t('person.phone'), dataIndex: 'phone', width: 130, render: (v: string | null) => v ?? '' },
    { title: t('person.idNumber'), dataIndex: 'idNumber', width: 190, render: (v: string | null) => v ?? '' },
    { title: t('person.hasUser'), dataIndex: 'hasUser', width: 70, render: (v: boolean) => (v ? t('person.hasUserYes') : '') },
    ...(canWrite || canViewPersonal
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: canWrite ? (canViewPersonal ? 200 : 150) : 150,
            fixed: 'right' as const,
            render: (_: unknown, person: Person) => (
              <Space size={0}>
                {person.abilities.update ? (
                  <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing({ person })}>
                    {t('common.edit')}
                  </Button>
                ) : null}
                {person.abilities.viewPersonal && (person.phone || person.idNumber) ? (
                  <Tooltip title={t('person.showFull')}>
                    <Button
                      type="link"
                      size="small"
                      icon={<EyeOutlined />}
                      aria-label={`${t('person.showFull')}: ${person.name}`}
                      onClick={() => viewPersonal(person)}
                    >
                      {canWrite ? null : t('person.showFull')}
                    </Button>
                  </Tooltip>
                ) : null}
                {person.abilities.delete ? (
                  <Button type="link" size="small" danger icon={<DeleteOutlined />} onClick={() => confirmDelete(person)}>
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
    <Card>
      <OrgListToolbar
        title={t('person.title')}
        searchPlaceholder={t('person.searchPlaceholder')}
        orgs={orgs.data}
        orgId={params.orgId}
        onSearch={(next) => setQ(next || undefined)}
        onOrgChange={setOrgId}
        createLabel={canCreate ? t('person.create') : undefined}
        onCreate={() => setEditing({ person: null })}
        extra={
          canCreate ? (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('person.import.button')}
            </Button>
          ) : null
        }
      />
      <Table<Person>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={people.isFetching}
        scroll={{ x: 1000 }}
        pagination={false}
      />
      {paging.pager(people.data, people.isFetching)}
      <SheetImportModal<PeopleImportResult>
        open={isImporting}
        onClose={() => setImporting(false)}
        title={t('person.import.title')}
        templatePath={organisationApi.downloadPeopleTemplate.path}
        templateFileName={t('person.import.templateFile')}
        upload={(file) => uploadSheet<PeopleImportResult>(organisationApi.importPeople.path, file)}
        invalidates={[['people'], ['law-study', 'roll']]}
        describeResult={(r) =>
          t('person.import.done', { rows: r.rowCount, created: r.created, updated: r.updated, unchanged: r.unchanged })
        }
      />
      <PersonFormModal
        isOpen={!!editing}
        person={editing?.person ?? null}
        orgs={orgs.data ?? []}
        defaultOrgId={params.orgId}
        onClose={() => setEditing(null)}
      />
    </Card>
  );
}
