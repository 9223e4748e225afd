import { PlusOutlined } from '@ant-design/icons';
import { lawStudyApi, ZCreateAppointmentRequest, type Appointment } from '@yifa/domain/law-study';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { call } from '../../../api/call.ts';
import { notifySuccess } from '../../../app/notifier.ts';
import { reportFormError } from '../../../app/report-form-error.ts';
import { useCan } from '../../../auth/session.ts';
import { maxLengthOf } from '../../../components/contract-limits.ts';
import { formatDay } from '../../../components/format-date.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { requiredRule, requiredSelectRule, requiredTextRule } from '../../../components/form-rules.ts';
import { currentYear, useAppointments, useRoll, yearOptions } from '../api.ts';
import { useTownship } from '../../../components/use-township.tsx';
import { chinaToday } from '../../../app/china-today.ts';

/** 任前法律知识考试 (the menu's label is the page's title): leaders' appointments, each flagged when no passed pre-appointment law exam precedes it. */
export default function AppointmentsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [searchParams, setSearchParams] = useSearchParams();
  const year = Number(searchParams.get('year')) || currentYear();
  const { townshipId, picker } = useTownship();
  const list = useAppointments(year, townshipId);
  const [isCreating, setCreating] = useState(false);
  const columns: TableColumnsType<Appointment> = [
    { title: t('lawStudy.person'), dataIndex: 'personName', width: 120 },
    { title: t('lawStudy.appointment.post'), dataIndex: 'post' },
    { title: t('lawStudy.appointment.appointedOn'), dataIndex: 'appointedOn', width: 160, render: (v: string) => formatDay(v) },
    {
      title: t('lawStudy.appointment.exam'),
      key: 'exam',
      width: 240,
      render: (_, a) =>
        a.isCovered ? (
          <Tag color="success">{t('lawStudy.appointment.covered', { date: a.examHeldOn ? formatDay(a.examHeldOn) : '' })}</Tag>
        ) : (
          <Tag color="error">{t('lawStudy.appointment.notCovered')}</Tag>
        ),
    },
  ];
  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t('lawStudy.menu.appointments')}
        </Typography.Title>
        <Space>
          {picker}
          <Select
            aria-label={t('lawStudy.year')}
            value={year}
            style={{ width: 100 }}
            onChange={(v) =>
              setSearchParams(
                (prev) => {
                  const c = new URLSearchParams(prev);
                  c.set('year', String(v));
                  return c;
                },
                { replace: true },
              )
            }
            options={yearOptions().map((y) => ({ value: y, label: t('lawStudy.yearValue', { year: y }) }))}
          />
          {can('law-study:exam:write') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('lawStudy.appointment.create')}
            </Button>
          ) : null}
        </Space>
      </Flex>
      <Alert type="info" showIcon message={t('lawStudy.appointment.hint')} style={{ marginBottom: 12 }} />
      <Table<Appointment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.isFetching}
        pagination={false}
      />
      <CreateModal isOpen={isCreating} onClose={() => setCreating(false)} />
    </Card>
  );
}

interface Values {
  personId: string;
  post: string;
  appointedOn: Dayjs;
}

function CreateModal({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const roll = useRoll(undefined, isOpen);
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    meta: { silent: true },
    mutationFn: (v: Values) =>
      call(lawStudyApi.createAppointment, {
        body: { personId: v.personId, post: v.post.trim(), appointedOn: v.appointedOn.format('YYYY-MM-DD') },
      }),
    onSuccess: async () => {
      notifySuccess(t('common.created'));
      await queryClient.invalidateQueries({ queryKey: ['law-study'] });
      onClose();
    },
    onError: (error) => reportFormError(form, error, { fields: ['personId', 'post', 'appointedOn'] }),
  });
  return (
    <FormModal<Values>
      open={isOpen}
      form={form}
      title={t('lawStudy.appointment.create')}
      onCancel={onClose}
      onSubmit={(v) => save.mutate(v)}
      isSubmitting={save.isPending}
      initialValues={{ appointedOn: chinaToday() }}
    >
      <Form.Item name="personId" label={t('lawStudy.person')} rules={[requiredSelectRule(t('lawStudy.person'))]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={(roll.data ?? []).map((p) => ({ value: p.id, label: `${p.name} · ${p.orgName}` }))}
        />
      </Form.Item>
      <Form.Item
        name="post"
        label={t('lawStudy.appointment.post')}
        rules={[requiredTextRule(t('lawStudy.appointment.post')), { max: maxLengthOf(ZCreateAppointmentRequest, 'post') }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="appointedOn"
        label={t('lawStudy.appointment.appointedOn')}
        rules={[requiredRule(t('lawStudy.appointment.appointedOn'))]}
      >
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}
