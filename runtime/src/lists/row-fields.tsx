import type { ListItem } from '@flowhall/client';
import { Progress, Tooltip, Typography } from 'antd';
import type { Messages } from '../i18n/messages';
import { useLocale } from '../i18n/locale-context';
import type { ListBox } from './boxes';
import { absoluteTime, elapsed, relativeTime } from './time-format';
import styles from './lists.less';

/** What the time column means in each tab. */
export const TIME_LABEL: Record<ListBox, keyof Messages> = {
  todo: 'colArrived',
  supervised: 'colArrived',
  done: 'colHandledAt',
  cc: 'colCcAt',
  mine: 'colUpdated',
  drafts: 'colUpdated',
};

/** The step the row is about: my task's node in task lists, else the case's current step. */
export function stepOf(item: ListItem): string {
  return item.task?.nodeName ?? item.currentStep ?? '—';
}

/** Where a click on the row leads: drafts open for editing, everything else the case view. */
export function rowPath(item: ListItem): string {
  return item.caseStatus === 'draft' ? `/cases/${item.caseId}/edit` : `/cases/${item.caseId}`;
}

/** "3 小时前" with the absolute time under it (R21). */
export function ArrivedAt({ iso }: { iso: string }) {
  const { locale } = useLocale();
  return (
    <span className="arrived">
      <span data-testid="arrived-relative">{relativeTime(iso, locale)}</span>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {absoluteTime(iso)}
      </Typography.Text>
    </span>
  );
}

/** Total time since submission, to the end for finished cases (R21). */
export function Elapsed({ item }: { item: ListItem }) {
  const { t, locale } = useLocale();
  if (!item.submittedAt) return <>—</>;
  return (
    <Tooltip title={`${t('colSubmitted')} ${absoluteTime(item.submittedAt)}`}>
      <span data-testid="elapsed">{elapsed(item.submittedAt, item.finishedAt, locale)}</span>
    </Tooltip>
  );
}

/** How far along its flow the case is, as on the case view (R21). */
export function CaseProgress({ item }: { item: ListItem }) {
  return (
    <Progress
      percent={item.progress}
      size="small"
      className={styles.progress}
      status={item.caseStatus === 'rejected' ? 'exception' : undefined}
      data-testid="row-progress"
    />
  );
}
