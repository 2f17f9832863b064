import type { WebhookEndpoint, WebhookEndpointInput, WebhookKind } from '@flowhall/client';
import { NOTIFY_EVENTS, WEBHOOK_KINDS } from '@flowhall/schema';
import { Button, Form, Input, List, Modal, Popconfirm, Select, Space, Switch, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';
import type { Messages } from '../i18n/messages';

/** Platform administrators add the group robots (WeCom, DingTalk, Feishu) and signed webhooks. */
export function WebhookEditor() {
  const { t } = useLocale();
  const [items, setItems] = useState<WebhookEndpoint[]>([]);
  const [editing, setEditing] = useState<WebhookEndpoint | 'new'>();
  const [form] = Form.useForm<WebhookEndpointInput>();
  const load = () => void api.notifications.webhooks().then(setItems);
  useEffect(load, []);

  const open = (item: WebhookEndpoint | 'new') => {
    setEditing(item);
    form.setFieldsValue(
      item === 'new'
        ? { name: '', kind: 'wecom', url: '', secret: '', events: [], enabled: true }
        : { ...item, secret: '' },
    );
  };
  const save = async () => {
    const values = await form.validateFields();
    const input = { ...values, secret: values.secret ? values.secret : undefined };
    if (editing === 'new') await api.notifications.createWebhook(input);
    else if (editing) await api.notifications.updateWebhook(editing.id, input);
    setEditing(undefined);
    load();
  };
  const kindName = (kind: WebhookKind) => t(`notifyWebhookKind_${kind}` as keyof Messages);

  return (
    <div data-testid="webhook-editor">
      <Button type="primary" onClick={() => open('new')} style={{ marginBottom: 12 }}>
        {t('notifyWebhookAdd')}
      </Button>
      <List
        dataSource={items}
        locale={{ emptyText: t('notifyEmpty') }}
        renderItem={(item) => (
          <List.Item
            actions={[
              <Button key="edit" type="link" onClick={() => open(item)}>
                {t('notifyWebhookEdit')}
              </Button>,
              <Popconfirm
                key="delete"
                title={t('notifyWebhookDeleteConfirm')}
                onConfirm={() => void api.notifications.deleteWebhook(item.id).then(load)}
              >
                <Button type="link" danger>
                  {t('notifyWebhookDelete')}
                </Button>
              </Popconfirm>,
            ]}
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  {item.name}
                  <Tag>{kindName(item.kind)}</Tag>
                  {!item.enabled && <Tag>{t('notifyWebhookDisabled')}</Tag>}
                </Space>
              }
              description={
                <Typography.Text type="secondary" ellipsis>
                  {item.url}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
      <Modal
        open={editing !== undefined}
        title={editing === 'new' ? t('notifyWebhookAdd') : editing?.name}
        onCancel={() => setEditing(undefined)}
        onOk={() => void save()}
        okText={t('notifySave')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('notifyWebhookName')} rules={[{ required: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="kind" label={t('notifyWebhookKind')} rules={[{ required: true }]}>
            <Select options={WEBHOOK_KINDS.map((k) => ({ value: k, label: kindName(k) }))} />
          </Form.Item>
          <Form.Item
            name="url"
            label={t('notifyWebhookUrl')}
            rules={[{ required: true, pattern: /^https?:\/\/\S+$/ }]}
          >
            <Input placeholder="https://" />
          </Form.Item>
          <Form.Item
            name="secret"
            label={t('notifyWebhookSecret')}
            extra={editing !== 'new' && editing?.hasSecret ? t('notifyWebhookSecretKeep') : undefined}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="events" label={t('notifyWebhookEvents')}>
            <Select
              mode="multiple"
              options={NOTIFY_EVENTS.map((e) => ({
                value: e,
                label: t(`notifyEvent_${e}` as keyof Messages),
              }))}
            />
          </Form.Item>
          <Form.Item name="enabled" label={t('notifyWebhookEnabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
