import { useState } from 'react';
import { Form, Input, Modal, Radio, Select, message } from 'antd';
import { ApiError } from '@flowhall/client';
import type { DefinitionSummary } from '@flowhall/schema';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';

interface Values {
  key: string;
  name: string;
  category?: string;
  from: 'blank' | 'copy';
  copyFrom?: string;
}

/** Creates a process from scratch or as a copy of another (its draft, else its latest version). */
export function CreateDefinitionModal({
  open,
  existing,
  onClose,
  onCreated,
}: {
  open: boolean;
  existing: DefinitionSummary[];
  onClose: () => void;
  onCreated: (key: string) => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const from = Form.useWatch('from', form);

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      const created = await api.definitions.create({
        key: values.key,
        name: values.name,
        ...(values.category ? { category: values.category } : {}),
        ...(values.from === 'copy' && values.copyFrom ? { copyFrom: values.copyFrom } : {}),
      });
      void message.success(t('defsCreated'));
      form.resetFields();
      onCreated(created.key);
    } catch (err) {
      // Field problems go next to their inputs; anything else is shown as a message.
      if (err instanceof ApiError && Array.isArray(err.details)) {
        form.setFields(
          (err.details as Array<{ path: string; message: string }>).map((d) => ({
            name: d.path as keyof Values,
            errors: [d.message],
          })),
        );
      } else if (err instanceof ApiError && err.code === 'DEFINITION_KEY_TAKEN') {
        form.setFields([{ name: 'key', errors: [err.message] }]);
      } else {
        void message.error((err as Error).message);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('defsCreateTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      destroyOnClose
    >
      <Form form={form} layout="vertical" initialValues={{ from: 'blank' }}>
        <Form.Item name="from" label={t('defsCreateFrom')}>
          <Radio.Group
            options={[
              { value: 'blank', label: t('defsCreateBlank') },
              { value: 'copy', label: t('defsCreateCopy') },
            ]}
          />
        </Form.Item>
        {from === 'copy' ? (
          <Form.Item name="copyFrom" label={t('defsCreateCopySource')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={existing.map((d) => ({ value: d.key, label: `${d.name}（${d.key}）` }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="key"
          label={t('defsCreateKey')}
          extra={t('defsCreateKeyHelp')}
          rules={[{ required: true, pattern: /^[a-z][a-z0-9-]{1,63}$/, message: t('defsCreateKeyHelp') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('defsCreateName')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="category" label={t('defsCreateCategory')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
