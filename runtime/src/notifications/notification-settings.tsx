import type { NotificationPreferences, NotifyEvent, PersonalChannel } from '@flowhall/client';
import { NOTIFY_EVENTS } from '@flowhall/schema';
import { Button, Checkbox, message, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';
import type { Messages } from '../i18n/messages';

const CHANNELS: Array<[PersonalChannel, keyof Messages]> = [
  ['inApp', 'notifyChannelInApp'],
  ['email', 'notifyChannelEmail'],
];

/** Which channels tell me about which events (GET/PUT /api/me/notification-preferences). */
export function NotificationSettings() {
  const { t } = useLocale();
  const [prefs, setPrefs] = useState<NotificationPreferences>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    void api.notifications.preferences().then(setPrefs);
  }, []);

  const toggle = (event: NotifyEvent, channel: PersonalChannel, on: boolean) =>
    setPrefs(
      (p) =>
        p && {
          ...p,
          [event]: on ? [...new Set([...p[event], channel])] : p[event].filter((c) => c !== channel),
        },
    );

  const save = async () => {
    if (!prefs) return;
    setSaving(true);
    try {
      setPrefs(await api.notifications.savePreferences(prefs));
      void message.success(t('notifySaved'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div data-testid="notification-settings">
      <Typography.Paragraph type="secondary">{t('notifySettingsHint')}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        loading={!prefs}
        rowKey="event"
        dataSource={NOTIFY_EVENTS.map((event) => ({ event }))}
        columns={[
          {
            title: t('notifyEventColumn'),
            render: (_: unknown, r: { event: NotifyEvent }) => t(`notifyEvent_${r.event}` as keyof Messages),
          },
          ...CHANNELS.map(([channel, label]) => ({
            title: t(label),
            align: 'center' as const,
            render: (_: unknown, r: { event: NotifyEvent }) => (
              <Checkbox
                checked={prefs?.[r.event].includes(channel)}
                onChange={(e) => toggle(r.event, channel, e.target.checked)}
                aria-label={`${t(`notifyEvent_${r.event}` as keyof Messages)} ${t(label)}`}
              />
            ),
          })),
        ]}
      />
      <Button type="primary" style={{ marginTop: 12 }} loading={saving} onClick={() => void save()}>
        {t('notifySave')}
      </Button>
    </div>
  );
}
