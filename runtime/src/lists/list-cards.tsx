import { Card, Empty, Skeleton, Typography } from 'antd';
import { useNavigate } from 'umi';
import { useLocale } from '../i18n/locale-context';
import { isOwnBox, type ListViewProps } from './list-view';
import { MineActions } from './mine-actions';
import { SuperviseAction } from './supervise-action';
import { RowMarks } from './row-marks';
import { ArrivedAt, CaseProgress, Elapsed, rowPath, stepOf, TIME_LABEL } from './row-fields';
import styles from './lists.less';

/** The phone list: one card per case or task, the same facts as the desktop table. */
export function ListCards({ box, items, loading, onChanged }: ListViewProps) {
  const { t } = useLocale();
  const navigate = useNavigate();
  const own = isOwnBox(box);
  if (loading && items.length === 0) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (items.length === 0) return <Empty description={t('listEmpty')} />;

  return (
    <div className={styles.cards}>
      {items.map((item) => (
        <Card
          key={`${item.caseId}-${item.task?.id ?? ''}`}
          size="small"
          className={styles.rowCard}
          onClick={() => navigate(rowPath(item))}
          data-testid="list-row"
        >
          <div className={styles.rowHead}>
            <Typography.Text strong className={styles.rowTitle}>
              {item.definition.name}
            </Typography.Text>
            <RowMarks item={item} />
          </div>
          <dl className={styles.facts}>
            <dt>{t('colSerial')}</dt>
            <dd>{item.serialNo ?? '—'}</dd>
            {!own && (
              <>
                <dt>{t('colApplicant')}</dt>
                <dd>{item.applicant.name}</dd>
              </>
            )}
            <dt>{t('colStep')}</dt>
            <dd>{stepOf(item)}</dd>
            <dt>{t('colProgress')}</dt>
            <dd>
              <CaseProgress item={item} />
            </dd>
            <dt>{t(TIME_LABEL[box])}</dt>
            <dd>
              <ArrivedAt iso={item.arrivedAt} />
            </dd>
            <dt>{t('colElapsed')}</dt>
            <dd>
              <Elapsed item={item} />
            </dd>
          </dl>
          {own && <MineActions item={item} onChanged={onChanged} />}
          {box === 'supervised' && <SuperviseAction item={item} onChanged={onChanged} />}
        </Card>
      ))}
    </div>
  );
}
