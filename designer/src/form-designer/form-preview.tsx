import { useMemo, useState } from 'react';
import { createForm } from '@formily/core';
import { Alert, Button, Segmented, Space } from 'antd';
import type { FormSchema } from '@flowhall/schema';
import { FormRenderer, type FormRegistry } from '../components';

/** The form as applicants will see it, at desktop or phone width, with validation working. */
export function FormPreview({ schema, registry }: { schema: FormSchema; registry: FormRegistry }) {
  const [width, setWidth] = useState<'desktop' | 'phone'>('desktop');
  const [result, setResult] = useState<'ok' | 'failed' | null>(null);
  // A fresh form per schema: a field removed in the designer must not keep its old value.
  const form = useMemo(() => createForm(), [schema]);
  return (
    <div data-testid="form-preview">
      <Space style={{ marginBottom: 12 }} wrap>
        <Segmented
          value={width}
          onChange={(v) => setWidth(v as 'desktop' | 'phone')}
          options={[
            { value: 'desktop', label: '桌面（960 px）' },
            { value: 'phone', label: '手机（390 px）' },
          ]}
        />
        <Button
          onClick={() =>
            form
              .submit()
              .then(() => setResult('ok'))
              .catch(() => setResult('failed'))
          }
        >
          试提交（校验）
        </Button>
        {result === 'ok' ? <Alert type="success" showIcon message="校验通过" /> : null}
        {result === 'failed' ? <Alert type="error" showIcon message="有字段未通过校验" /> : null}
      </Space>
      <div
        style={{
          width: width === 'phone' ? 390 : 960,
          maxWidth: '100%',
          margin: '0 auto',
          padding: 16,
          border: '1px solid #f0f0f0',
          borderRadius: width === 'phone' ? 24 : 8,
          background: '#fff',
        }}
      >
        <FormRenderer
          schema={schema as never}
          form={form}
          registry={registry}
          flattenSteps
          layout="vertical"
        />
      </div>
    </div>
  );
}
