import type { NotificationTemplate, NotificationTemplates } from '@flowhall/client';
import { Button, Card, Input, message, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';
import type { Messages } from '../i18n/messages';

/** Platform administrators edit the words of each event's message (variables as `{{name}}`). */
export function TemplateEditor() {
  const { t } = useLocale();
  const [data, setData] = useState<NotificationTemplates>();
  const [drafts, setDrafts] = useState<Record<string, NotificationTemplate>>({});
  useEffect(() => {
    void api.notifications.templates().then(setData);
  }, []);

  const draftOf = (tpl: NotificationTemplate) => drafts[tpl.event] ?? tpl;
  const change = (tpl: NotificationTemplate, patch: Partial<NotificationTemplate>) =>
    setDrafts((d) => ({ ...d, [tpl.event]: { ...draftOf(tpl), ...patch } }));
  const done = (next: NotificationTemplates, event: string) => {
    setData(next);
    setDrafts(({ [event]: _dropped, ...rest }) => rest);
    void message.success(t('notifySaved'));
  };

  if (!data) return null;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="template-editor">
      <Typography.Text type="secondary">
        {t('notifyTemplateVariables', { vars: data.variables.map((v) => `{{${v}}}`).join(' ') })}
      </Typography.Text>
      {data.templates.map((tpl) => {
        const draft = draftOf(tpl);
        return (
          <Card
            key={tpl.event}
            size="small"
            data-testid={`template-${tpl.event}`}
            title={
              <Space>
                {t(`notifyEvent_${tpl.event}` as keyof Messages)}
                {tpl.customised && <Tag color="orange">{t('notifyTemplateCustomised')}</Tag>}
              </Space>
            }
            extra={
              <Space>
                {tpl.customised && (
                  <Button
                    size="small"
                    onClick={() =>
                      void api.notifications.resetTemplate(tpl.event).then((n) => done(n, tpl.event))
                    }
                  >
                    {t('notifyTemplateReset')}
                  </Button>
                )}
                <Button
                  size="small"
                  type="primary"
                  disabled={!drafts[tpl.event]}
                  onClick={() =>
                    void api.notifications
                      .saveTemplate({ event: tpl.event, subject: draft.subject, body: draft.body })
                      .then((n) => done(n, tpl.event))
                  }
                >
                  {t('notifySave')}
                </Button>
              </Space>
            }
          >
            <Input
              addonBefore={t('notifyTemplateSubject')}
              value={draft.subject}
              maxLength={300}
              onChange={(e) => change(tpl, { subject: e.target.value })}
            />
            <Input.TextArea
              style={{ marginTop: 8 }}
              aria-label={t('notifyTemplateBody')}
              value={draft.body}
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={5000}
              onChange={(e) => change(tpl, { body: e.target.value })}
            />
          </Card>
        );
      })}
    </Space>
  );
}
