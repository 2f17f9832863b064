import type { NotificationItem as Item } from '@flowhall/client';
import { Button, Card, Empty, Space, Switch, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'umi';
import { api } from '../../api';
import { useLocale } from '../../i18n/locale-context';
import { NotificationItem } from '../../notifications/notification-item';
import { NotificationSettings } from '../../notifications/notification-settings';
import { TemplateEditor } from '../../notifications/template-editor';
import { WebhookEditor } from '../../notifications/webhook-editor';
import { hasAnyRole } from '../../session/roles';
import { useSession } from '../../session/session-context';

const PAGE = 20;

/** /notifications: all my notifications, newest first, paged with "load more"; and my settings. */
export default function NotificationsPage() {
  const { t } = useLocale();
  const navigate = useNavigate();
  const { state } = useSession();
  // Templates and robots reach everyone: the server lets platform administrators only.
  const platformAdmin = state.status === 'signed-in' && hasAnyRole(state.user, ['platform-admin']);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [items, setItems] = useState<Item[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(
    async (after?: string) => {
      setLoading(true);
      try {
        const page = await api.notifications.list({
          limit: PAGE,
          unread: unreadOnly || undefined,
          cursor: after,
        });
        setItems((old) => (after ? [...old, ...page.items] : page.items));
        setCursor(page.nextCursor);
      } finally {
        setLoading(false);
      }
    },
    [unreadOnly],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const open = async (item: Item) => {
    if (!item.readAt) await api.notifications.markRead(item.id).catch(() => undefined);
    if (item.link) navigate(item.link);
  };

  const list = (
    <>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Space>
          <Switch checked={unreadOnly} onChange={setUnreadOnly} data-testid="unread-only" />
          <Typography.Text>{t('notifyUnreadOnly')}</Typography.Text>
        </Space>
        <Button onClick={() => void api.notifications.markAllRead().then(() => load())}>
          {t('notifyMarkAllRead')}
        </Button>
      </Space>
      {!loading && items.length === 0 ? (
        <Empty description={t('notifyEmpty')} />
      ) : (
        items.map((item) => <NotificationItem key={item.id} item={item} full onOpen={(i) => void open(i)} />)
      )}
      {cursor && (
        <Button block loading={loading} onClick={() => void load(cursor)} style={{ marginTop: 12 }}>
          {t('notifyLoadMore')}
        </Button>
      )}
    </>
  );

  return (
    <Card title={t('notifyTitle')} data-testid="notifications-page">
      <Tabs
        items={[
          { key: 'list', label: t('notifyTabList'), children: list },
          { key: 'settings', label: t('notifyTabSettings'), children: <NotificationSettings /> },
          ...(platformAdmin
            ? [
                { key: 'templates', label: t('notifyTabTemplates'), children: <TemplateEditor /> },
                { key: 'webhooks', label: t('notifyTabWebhooks'), children: <WebhookEditor /> },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
