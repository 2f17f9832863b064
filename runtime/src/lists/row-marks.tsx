import type { ListItem } from '@flowhall/client';
import { Space, Tag } from 'antd';
import { useLocale } from '../i18n/locale-context';
import { STATUS_COLOR, STATUS_LABEL } from './boxes';

/** Status and the marks of R21/R24: 加急, urged, overdue, returned, and read/unread for CC. */
export function RowMarks({ item }: { item: ListItem }) {
  const { t } = useLocale();
  return (
    <Space size={[4, 4]} wrap data-testid="row-marks">
      {item.caseStatus === 'returned' ? (
        <Tag color="warning" data-testid="mark-returned">
          {t('markReturned')}
        </Tag>
      ) : (
        <Tag color={STATUS_COLOR[item.caseStatus]}>{t(STATUS_LABEL[item.caseStatus])}</Tag>
      )}
      {item.importance === 'urgent' && (
        <Tag color="magenta" data-testid="mark-urgent">
          {t('markUrgent')}
        </Tag>
      )}
      {item.task?.urgedAt && item.task.status === 'pending' && (
        <Tag color="volcano" data-testid="mark-urged">
          {t('markUrged')}
        </Tag>
      )}
      {item.task?.overdue && (
        <Tag color="red" data-testid="mark-overdue">
          {t('markOverdue')}
        </Tag>
      )}
      {item.cc && (
        <Tag color={item.cc.read ? 'default' : 'blue'} data-testid="mark-cc">
          {item.cc.read ? t('ccRead') : t('ccUnread')}
        </Tag>
      )}
    </Space>
  );
}
