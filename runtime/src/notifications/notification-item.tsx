import type { NotificationItem as Item } from '@flowhall/client';
import { Badge, Tag, Typography } from 'antd';
import { useLocale } from '../i18n/locale-context';
import type { Messages } from '../i18n/messages';
import { absoluteTime, relativeTime } from '../lists/time-format';
import styles from './notifications.less';

const URGENT = new Set(['urged', 'overdue', 'returned', 'rejected']);

/** One notification: type tag, title, when; unread ones carry a dot. */
export function NotificationItem({
  item,
  onOpen,
  full,
}: {
  item: Item;
  onOpen(item: Item): void;
  full?: boolean;
}) {
  const { t, locale } = useLocale();
  return (
    <div
      role="button"
      tabIndex={0}
      className={`${styles.item} ${item.readAt ? '' : styles.unread}`}
      onClick={() => onOpen(item)}
      onKeyDown={(e) => e.key === 'Enter' && onOpen(item)}
      data-testid="notification-item"
    >
      <div className={styles.itemHead}>
        {!item.readAt && <Badge status="processing" />}
        <Tag color={URGENT.has(item.event) ? 'red' : 'blue'} className={styles.tag}>
          {t(`notifyEvent_${item.event}` as keyof Messages)}
        </Tag>
        <Typography.Text strong={!item.readAt} className={styles.title} ellipsis={!full}>
          {item.title}
        </Typography.Text>
      </div>
      {full && <Typography.Paragraph className={styles.body}>{item.body}</Typography.Paragraph>}
      <Typography.Text type="secondary" className={styles.time} title={absoluteTime(item.createdAt)}>
        {relativeTime(item.createdAt, locale)}
      </Typography.Text>
    </div>
  );
}
