import type { ComputeDeadlineResult } from '@yifa/domain';
import { Alert, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { i18n } from '../i18n/index.ts';
import { formatDay, formatList } from './format-date.ts';

export type DeadlineExplanationData = ComputeDeadlineResult['explanation'];
type Step = DeadlineExplanationData['steps'][number];
type Basis = 'workingDays' | 'calendarDays';

function period(t: TFunction, basis: Basis, count: number): string {
  return basis === 'workingDays' ? t('explanation.workingDays', { count }) : t('explanation.calendarDays', { count });
}

function range(t: TFunction, from: string, to: string): string {
  return from === to ? formatDay(from) : t('explanation.range', { from: formatDay(from), to: formatDay(to) });
}

/** The server words plain weekends with the Chinese name (explanation-steps.ts); in English they read as "weekend". */
function restNames(t: TFunction, names: string[]): string {
  const weekendZh = i18n.getFixedT('zh-CN')('explanation.weekend');
  return names.map((n) => (n === weekendZh ? t('explanation.weekend') : n)).join(i18n.language.startsWith('en') ? ', ' : '、');
}

/** One step of the server's explanation (platform calendar: explanation-steps.ts) in the UI language. Reasons and festival names are shown as stored. */
export function describeStep(t: TFunction, step: Step, basis: Basis): string {
  switch (step.kind) {
    case 'start':
      return t('explanation.start', {
        date: formatDay(step.date),
        label: step.labelZh ? t('explanation.startLabel', { label: step.labelZh }) : '',
        period: period(t, step.basis, step.days),
      });
    case 'extension':
      return t('explanation.extension', { period: period(t, basis, step.days), reason: step.reasonZh });
    case 'restDays':
      return t('explanation.restDays', { range: range(t, step.from, step.to), count: step.count, names: restNames(t, step.names) });
    case 'makeUpWorkday':
      return t('explanation.makeUpWorkday', { date: formatDay(step.date), name: step.name });
    case 'pause': {
      if (step.effect === 'running' || step.to === null)
        return t('explanation.pauseRunning', { from: formatDay(step.from), reason: step.reasonZh });
      const args = { range: range(t, step.from, step.to), reason: step.reasonZh, days: step.daysPaused ?? 0 };
      if (step.effect === 'beforeStart') return t('explanation.pauseBeforeStart', args);
      if (step.effect === 'notReached') return t('explanation.pauseNotReached', args);
      return t('explanation.pauseCounted', args);
    }
    case 'lastDayMoved':
      return t('explanation.lastDayMoved', {
        from: formatDay(step.from),
        to: formatDay(step.to),
        count: step.count,
        names: restNames(t, step.names),
      });
    case 'clockStopped':
      return t('explanation.clockStopped', {
        since: formatDay(step.since),
        reason: step.reasonZh,
        counted: step.daysCounted,
        remaining: step.daysRemaining,
      });
    case 'calendarMissing':
      return t('explanation.calendarMissing', { years: formatList(step.years) });
    case 'due':
      return t('explanation.due', { date: formatDay(step.date), period: period(t, basis, step.totalDays) });
  }
}

const STEP_COLOURS: Partial<Record<Step['kind'], string>> = {
  start: 'blue',
  due: 'green',
  calendarMissing: 'orange',
  clockStopped: 'orange',
  lastDayMoved: 'gray',
  restDays: 'gray',
};

/**
 * A deadline's explanation as the server stored it: the paragraph (textZh or textEn by language),
 * the provisional warning when a year's holiday schedule is missing, and the steps.
 */
export function DeadlineExplanationView({
  explanation,
  isProvisional,
  missingYears = [],
  showSteps = true,
}: {
  explanation: DeadlineExplanationData;
  isProvisional: boolean;
  missingYears?: number[];
  showSteps?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const basis: Basis = explanation.rule.basis;
  const years = missingYears.length > 0 ? missingYears : explanation.steps.flatMap((s) => (s.kind === 'calendarMissing' ? s.years : []));
  return (
    <div>
      {isProvisional ? (
        <Alert
          type="warning"
          showIcon
          title={t('explanation.provisional')}
          description={years.length ? t('explanation.provisionalHint', { years: formatList(years) }) : undefined}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Typography.Paragraph style={{ marginBottom: 12 }}>
        {i18n.language.startsWith('en') ? explanation.textEn : explanation.textZh}
      </Typography.Paragraph>
      {showSteps ? (
        <>
          <Typography.Title level={3} style={{ fontSize: 14, margin: '0 0 8px' }}>
            {t('explanation.steps')}
          </Typography.Title>
          <Timeline
            items={explanation.steps.map((step, i) => ({
              key: i,
              color: STEP_COLOURS[step.kind] ?? 'blue',
              content: describeStep(t, step, basis),
            }))}
          />
        </>
      ) : null}
    </div>
  );
}
