import type { CaseView } from '@flowhall/schema';
import { Card, Descriptions, Progress, Tag, Typography } from 'antd';
import { useLocale } from '../i18n/locale-context';
import { STATUS_COLOR, statusLabel } from './action-labels';
import { absoluteTime, duration, relativeTime } from './time-format';

/** Service, serial number, status, applicant, submitted time, total elapsed time, progress (R21). */
export function CaseHeader({ view }: { view: CaseView }) {
  const { t, locale } = useLocale();
  const started = view.submittedAt ?? view.createdAt;
  const end = view.finishedAt ? new Date(view.finishedAt).getTime() : Date.now();
  return (
    <Card className="fh-case-head" size="small">
      <div className="fh-case-title">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {view.definition.name}
        </Typography.Title>
        <Tag color={STATUS_COLOR[view.status]} data-testid="case-status">
          {statusLabel(t, view.status)}
        </Tag>
        {view.importance === 'urgent' && (
          <Tag color="red" data-testid="case-urgent">
            {t('markUrgent')}
          </Tag>
        )}
      </div>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} className="fh-case-facts">
        <Descriptions.Item label={t('caseSerialNo')}>
          <span data-testid="case-serial">{view.serialNo ?? t('caseNoSerial')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('caseApplicant')}>{view.applicant.name}</Descriptions.Item>
        <Descriptions.Item label={t('caseCurrentStep')}>{view.currentStep ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('caseSubmittedAt')}>
          {view.submittedAt ? (
            <span title={relativeTime(view.submittedAt, locale)}>
              {absoluteTime(view.submittedAt)}（{relativeTime(view.submittedAt, locale)}）
            </span>
          ) : (
            t('caseNotSubmitted')
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('caseElapsed')}>
          {view.submittedAt ? duration(end - new Date(started).getTime(), locale) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('caseProgress')}>
          <Progress percent={view.progress} size="small" style={{ minWidth: 120, margin: 0 }} />
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
