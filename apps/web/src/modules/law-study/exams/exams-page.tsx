import { EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { FULL_MARK_LIMITS, lawStudyApi, MARK_LIMITS, ZCreateExamRequest, type Exam, type ExamDetail } from '@yifa/domain/law-study';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Drawer,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { call } from '../../../api/call.ts';
import { notifySuccess } from '../../../app/notifier.ts';
import { reportFormError } from '../../../app/report-form-error.ts';
import { useCan } from '../../../auth/session.ts';
import { formatDay, formatList } from '../../../components/format-date.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { numberRule, requiredRule, requiredSelectRule, requiredTextRule } from '../../../components/form-rules.ts';
import { maxLengthOf } from '../../../components/contract-limits.ts';
import { ImportModal } from '../shared/import-modal.tsx';
import { currentYear, useExam, useExams, useRoll, yearOptions } from '../api.ts';
import { useKeysetPaging } from '../../../components/keyset-pager.tsx';
import { useTownship } from '../../../components/use-township.tsx';
import { chinaToday } from '../../../app/china-today.ts';

/** 学法考试: exams with their pass mark; scores entered or imported; absentees listed. */
export default function ExamsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [searchParams, setSearchParams] = useSearchParams();
  const year = Number(searchParams.get('year')) || currentYear();
  const { townshipId, picker } = useTownship();
  // A change of year or township starts again from the first page (useKeysetPaging).
  const paging = useKeysetPaging({ year, townshipId });
  const exams = useExams({ year, townshipId, ...paging.query });
  const [isCreating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  // A new exam has no record yet: the permission decides; an exam's own buttons come from its abilities.
  const canCreate = can('law-study:exam:write');

  const columns: TableColumnsType<Exam> = [
    { title: t('lawStudy.exam.heldOn'), dataIndex: 'heldOn', width: 150, render: (v: string) => formatDay(v) },
    {
      title: t('lawStudy.exam.name'),
      dataIndex: 'title',
      render: (v: string, e) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => setOpenId(e.id)}>
          {v}
        </Button>
      ),
    },
    {
      title: t('lawStudy.exam.kind'),
      dataIndex: 'kind',
      width: 170,
      render: (v: Exam['kind']) => <Tag color={v === 'preAppointment' ? 'purple' : 'blue'}>{t(`lawStudy.exam.kinds.${v}`)}</Tag>,
    },
    { title: t('lawStudy.exam.passMark'), key: 'marks', width: 100, render: (_, e) => `${e.passMark} / ${e.fullMark}` },
    { title: t('lawStudy.exam.taken'), dataIndex: 'takenCount', width: 70, align: 'right' },
    { title: t('lawStudy.exam.passed'), dataIndex: 'passedCount', width: 70, align: 'right' },
    {
      title: t('lawStudy.exam.absent'),
      dataIndex: 'absentCount',
      width: 70,
      align: 'right',
      render: (v: number) => (v ? <Tag color="warning">{v}</Tag> : v),
    },
  ];

  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t('lawStudy.exam.title')}
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
          {canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('lawStudy.exam.create')}
            </Button>
          ) : null}
        </Space>
      </Flex>
      <Table<Exam>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={exams.data?.items ?? []}
        loading={exams.isFetching}
        pagination={false}
      />
      {paging.pager(exams.data, exams.isFetching)}
      <CreateExamModal isOpen={isCreating} onClose={() => setCreating(false)} />
      <ExamDrawer examId={openId} onClose={() => setOpenId(null)} />
    </Card>
  );
}

interface ExamValues {
  kind: Exam['kind'];
  title: string;
  heldOn: Dayjs;
  fullMark: number;
  passMark: number;
}

function CreateExamModal({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ExamValues>();
  const save = useMutation({
    meta: { silent: true },
    mutationFn: (v: ExamValues) =>
      call(lawStudyApi.createExam, {
        body: { kind: v.kind, title: v.title.trim(), heldOn: v.heldOn.format('YYYY-MM-DD'), fullMark: v.fullMark, passMark: v.passMark },
      }),
    onSuccess: async () => {
      notifySuccess(t('common.created'));
      await queryClient.invalidateQueries({ queryKey: ['law-study'] });
      onClose();
    },
    onError: (error) => reportFormError(form, error, { fields: ['kind', 'title', 'heldOn', 'fullMark', 'passMark'] }),
  });
  return (
    <FormModal<ExamValues>
      open={isOpen}
      form={form}
      title={t('lawStudy.exam.create')}
      onCancel={onClose}
      onSubmit={(v) => save.mutate(v)}
      isSubmitting={save.isPending}
      initialValues={{ kind: 'general', heldOn: chinaToday(), fullMark: 100, passMark: 60 }}
    >
      <Form.Item name="kind" label={t('lawStudy.exam.kind')} rules={[{ required: true }]}>
        <Select options={(['general', 'preAppointment'] as const).map((k) => ({ value: k, label: t(`lawStudy.exam.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('lawStudy.exam.name')}
        rules={[requiredTextRule(t('lawStudy.exam.name')), { max: maxLengthOf(ZCreateExamRequest, 'title') }]}
      >
        <Input />
      </Form.Item>
      <Space>
        <Form.Item name="heldOn" label={t('lawStudy.exam.heldOn')} rules={[requiredRule(t('lawStudy.exam.heldOn'))]}>
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="fullMark"
          label={t('lawStudy.exam.fullMark')}
          rules={[requiredRule(t('lawStudy.exam.fullMark')), numberRule(t('lawStudy.exam.fullMark'), FULL_MARK_LIMITS)]}
        >
          <InputNumber />
        </Form.Item>
        <Form.Item
          name="passMark"
          label={t('lawStudy.exam.passMark')}
          dependencies={['fullMark']}
          rules={[
            requiredRule(t('lawStudy.exam.passMark')),
            numberRule(t('lawStudy.exam.passMark'), MARK_LIMITS),
            ({ getFieldValue }) => ({
              validator: (_, v: number) =>
                v <= (getFieldValue('fullMark') as number)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('lawStudy.exam.passMarkTooHigh'))),
            }),
          ]}
        >
          <InputNumber />
        </Form.Item>
      </Space>
    </FormModal>
  );
}

function ExamDrawer({ examId, onClose }: { examId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const exam = useExam(examId);
  const [isImporting, setImporting] = useState(false);
  const [isEntering, setEntering] = useState(false);
  const d = exam.data;
  const absentees = d?.scores.filter((s) => s.isAbsent) ?? [];
  return (
    <Drawer
      open={!!examId}
      onClose={onClose}
      width={720}
      title={d?.title ?? ''}
      destroyOnHidden
      extra={
        d?.allowedSteps.includes('recordScores') ? (
          <Space>
            <Button icon={<EditOutlined />} onClick={() => setEntering(true)}>
              {t('lawStudy.exam.enterScores')}
            </Button>
            <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('lawStudy.exam.importScores')}
            </Button>
          </Space>
        ) : d?.abilities.recordScores ? (
          // Allowed to enter scores, but not yet (examWorkflow): say why instead of a button that fails.
          <Typography.Text type="secondary">{t('lawStudy.exam.notHeldYet')}</Typography.Text>
        ) : null
      }
    >
      {d ? (
        <>
          <Typography.Paragraph>
            {formatDay(d.heldOn)} · {t(`lawStudy.exam.kinds.${d.kind}`)} · {t('lawStudy.exam.passMark')} {d.passMark} / {d.fullMark} ·{' '}
            {t('lawStudy.exam.taken')} {d.takenCount} · {t('lawStudy.exam.passed')} {d.passedCount} · {t('lawStudy.exam.absent')}{' '}
            {d.absentCount}
          </Typography.Paragraph>
          <Typography.Title level={5}>{t('lawStudy.exam.absentees')}</Typography.Title>
          <Typography.Paragraph>
            {absentees.length ? formatList(absentees.map((s) => s.personName)) : t('lawStudy.exam.noAbsentees')}
          </Typography.Paragraph>
          <Typography.Title level={5}>{t('lawStudy.exam.scores')}</Typography.Title>
          {d.scores.length ? (
            <Table
              size="small"
              rowKey="personId"
              dataSource={d.scores}
              pagination={{ pageSize: 20 }}
              columns={[
                { title: t('lawStudy.person'), dataIndex: 'personName', width: 110 },
                { title: t('lawStudy.org'), dataIndex: 'orgName' },
                {
                  title: t('lawStudy.exam.score'),
                  dataIndex: 'score',
                  width: 90,
                  align: 'right',
                  render: (v: number | null, s) => (s.isAbsent ? <Tag>{t('lawStudy.exam.absent')}</Tag> : v),
                },
                {
                  title: t('lawStudy.exam.isPassed'),
                  dataIndex: 'isPassed',
                  width: 90,
                  render: (v: boolean, s) =>
                    s.isAbsent ? null : v ? <Tag color="success">{t('common.yes')}</Tag> : <Tag color="error">{t('common.no')}</Tag>,
                },
              ]}
            />
          ) : (
            <Empty />
          )}
          <ImportModal kind="scores" examId={d.id} open={isImporting} onClose={() => setImporting(false)} />
          <ScoreModal exam={d} isOpen={isEntering} onClose={() => setEntering(false)} />
        </>
      ) : null}
    </Drawer>
  );
}

function ScoreModal({ exam, isOpen, onClose }: { exam: ExamDetail; isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const roll = useRoll(undefined, isOpen);
  const [form] = Form.useForm<{ personId: string; score?: number; isAbsent?: boolean }>();
  const isAbsent = Form.useWatch('isAbsent', form);
  const save = useMutation({
    meta: { silent: true },
    mutationFn: (v: { personId: string; score?: number; isAbsent?: boolean }) =>
      call(lawStudyApi.saveScores, {
        params: { id: exam.id },
        body: { scores: [{ personId: v.personId, score: v.isAbsent ? null : (v.score ?? null), isAbsent: !!v.isAbsent }] },
      }),
    onSuccess: async () => {
      notifySuccess(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: ['law-study'] });
      form.resetFields();
    },
    onError: (error) => reportFormError(form, error, { paths: { 'scores.0': '' } }),
  });
  return (
    <FormModal
      open={isOpen}
      form={form}
      title={t('lawStudy.exam.enterScores')}
      onCancel={onClose}
      onSubmit={(v) => save.mutate(v)}
      isSubmitting={save.isPending}
    >
      <Form.Item name="personId" label={t('lawStudy.person')} rules={[requiredSelectRule(t('lawStudy.person'))]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={(roll.data ?? []).map((p) => ({ value: p.id, label: `${p.name} · ${p.orgName}` }))}
        />
      </Form.Item>
      <Space>
        <Form.Item
          name="score"
          label={t('lawStudy.exam.score')}
          rules={
            isAbsent
              ? []
              : [requiredRule(t('lawStudy.exam.score')), numberRule(t('lawStudy.exam.score'), { ...MARK_LIMITS, max: exam.fullMark })]
          }
        >
          <InputNumber disabled={!!isAbsent} />
        </Form.Item>
        <Form.Item name="isAbsent" valuePropName="checked" label=" ">
          <Checkbox>{t('lawStudy.exam.markAbsent')}</Checkbox>
        </Form.Item>
      </Space>
    </FormModal>
  );
}
