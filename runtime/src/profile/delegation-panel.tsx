import type { Delegation } from '@flowhall/client';
import { App, Button, DatePicker, Empty, Form, Input, List, Popconfirm } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../api';
import { useLoad } from '../hall/hall-data';
import { useLocale } from '../i18n/locale-context';
import { absoluteTime } from '../lists/time-format';
import { UserSelect } from './user-select';
import styles from './profile.less';

interface DelegationForm {
  delegateUserId: number;
  range: [Dayjs, Dayjs];
  reason?: string;
}

/** Out of office (代理): who handles my tasks between two dates; list and cancel. */
export function DelegationPanel({ userId }: { userId: number }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<DelegationForm>();
  const [saving, setSaving] = useState(false);
  const [load, reload] = useLoad(() => api.auth.delegations(), []);

  const onFinish = async (values: DelegationForm) => {
    setSaving(true);
    try {
      await api.auth.delegate({
        delegateUserId: values.delegateUserId,
        startsAt: values.range[0].startOf('day').toISOString(),
        endsAt: values.range[1].endOf('day').toISOString(),
        reason: values.reason?.trim() || null,
      });
      void message.success(t('delegationSaved'));
      form.resetFields();
      reload();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  const cancel = async (item: Delegation) => {
    try {
      await api.auth.cancelDelegation(item.id);
      void message.success(t('delegationCanceled'));
      reload();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    }
  };

  const items = load.status === 'ready' ? load.data.items : [];
  return (
    <div data-testid="delegations">
      <p className={styles.hint}>{t('delegationHint')}</p>
      <Form<DelegationForm>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        className={styles.form}
      >
        <Form.Item
          name="delegateUserId"
          label={t('delegateTo')}
          rules={[{ required: true, message: t('delegateRequired') }]}
        >
          <UserSelect excludeId={userId} />
        </Form.Item>
        <Form.Item
          name="range"
          label={t('delegationPeriod')}
          rules={[{ required: true, message: t('periodRequired') }]}
        >
          <DatePicker.RangePicker className={styles.range} inputReadOnly data-testid="delegation-range" />
        </Form.Item>
        <Form.Item name="reason" label={t('delegationReason')}>
          <Input maxLength={200} placeholder={t('delegationReasonExample')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="delegation-save">
          {t('delegationAdd')}
        </Button>
      </Form>
      <List
        className={styles.list}
        loading={load.status === 'loading'}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('delegationNone')} /> }}
        renderItem={(item) => (
          <List.Item
            data-testid="delegation-item"
            actions={[
              <Popconfirm
                key="cancel"
                title={t('delegationCancelConfirm')}
                okText={t('confirm')}
                cancelText={t('cancel')}
                onConfirm={() => void cancel(item)}
              >
                <Button size="small" danger>
                  {t('delegationCancel')}
                </Button>
              </Popconfirm>,
            ]}
          >
            <List.Item.Meta
              title={t('delegationTo', { name: item.delegate.displayName })}
              description={`${absoluteTime(item.startsAt)} — ${absoluteTime(item.endsAt)}${item.reason ? ` · ${item.reason}` : ''}`}
            />
          </List.Item>
        )}
      />
    </div>
  );
}
