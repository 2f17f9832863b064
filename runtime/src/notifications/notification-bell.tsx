import { BellOutlined } from '@ant-design/icons';
import type { NotificationItem as Item } from '@flowhall/client';
import { Badge, Button, Empty, Popover, Spin } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'umi';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';
import { NotificationItem } from './notification-item';
import styles from './notifications.less';
import { useUnreadCount } from './use-unread-count';

const LATEST = 6;
const PHONE_QUERY = '(max-width: 575px)';

/** The header bell: unread count, and the latest notifications in a dropdown (issue 8). */
export function NotificationBell() {
  const { t } = useLocale();
  const navigate = useNavigate();
  const { count, refresh } = useUnreadCount();
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Item[] | undefined>();

  const load = useCallback(() => {
    api.notifications
      .list({ limit: LATEST })
      .then((page) => setItems(page.items))
      .catch(() => setItems([]));
    refresh();
  }, [refresh]);

  const openItem = async (item: Item) => {
    setOpen(false);
    if (!item.readAt) await api.notifications.markRead(item.id).catch(() => undefined);
    refresh();
    if (item.link) navigate(item.link);
  };

  const readAll = async () => {
    await api.notifications.markAllRead();
    load();
  };

  const content = (
    <div className={styles.panel} data-testid="notification-panel">
      <div className={styles.panelHead}>
        {/* Plain text: antd Typography pulls its editable-text (form) code into the first load. */}
        <strong>{t('notifyTitle')}</strong>
        <Button type="link" size="small" disabled={count === 0} onClick={() => void readAll()}>
          {t('notifyMarkAllRead')}
        </Button>
      </div>
      <div className={styles.list}>
        {items === undefined ? (
          <Spin className={styles.empty} style={{ display: 'block' }} />
        ) : items.length === 0 ? (
          <Empty
            className={styles.empty}
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('notifyEmpty')}
          />
        ) : (
          items.map((item) => <NotificationItem key={item.id} item={item} onOpen={(i) => void openItem(i)} />)
        )}
      </div>
      <div className={styles.panelFoot}>
        <Link to="/notifications" onClick={() => setOpen(false)}>
          {t('notifyViewAll')}
        </Link>
      </div>
    </div>
  );

  return (
    <Popover
      content={content}
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(next) => {
        // A phone has no room for a dropdown beside the menu button: open the list page instead.
        if (next && window.matchMedia(PHONE_QUERY).matches) {
          navigate('/notifications');
          return;
        }
        setOpen(next);
        if (next) load();
      }}
      arrow={false}
    >
      <Badge count={count} size="small" overflowCount={99} offset={[-6, 6]} data-testid="notification-count">
        <Button
          type="text"
          className={styles.bell}
          icon={<BellOutlined />}
          aria-label={t('notifyBell')}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
