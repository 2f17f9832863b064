import { useEffect, useState } from 'react';
import { Form, Input, Select, TreeSelect } from 'antd';
import type { Audience, DepartmentNode, ProcessDefinition } from '@flowhall/schema';
import { api } from '../../api';
import { useLocale } from '../../i18n/locale-context';
import { HallAttachments } from './hall-attachments';

const AUDIENCES: Array<{
  value: Audience;
  key: 'audienceStaff' | 'audienceUndergraduate' | 'audiencePostgraduate' | 'audienceOther';
}> = [
  { value: 'staff', key: 'audienceStaff' },
  { value: 'undergraduate', key: 'audienceUndergraduate' },
  { value: 'postgraduate', key: 'audiencePostgraduate' },
  { value: 'other', key: 'audienceOther' },
];

interface DeptOption {
  value: string;
  title: string;
  children: DeptOption[];
}
const toOptions = (nodes: DepartmentNode[]): DeptOption[] =>
  nodes.map((d) => ({ value: d.code, title: d.name, children: toOptions(d.children) }));

/** The definition's hall metadata (saved with the draft) and the hall service's attachments. */
export function HallMetaForm({
  definition,
  readOnly,
  onChange,
}: {
  definition: ProcessDefinition;
  readOnly: boolean;
  onChange: (next: ProcessDefinition) => void;
}) {
  const { t } = useLocale();
  const [departments, setDepartments] = useState<DeptOption[]>([]);
  useEffect(() => {
    api.org
      .departments()
      .then(({ items }) => setDepartments(toOptions(items)))
      .catch(() => setDepartments([]));
  }, []);
  const set = (patch: Partial<ProcessDefinition>) => onChange({ ...definition, ...patch });
  return (
    <Form layout="vertical" disabled={readOnly} style={{ maxWidth: 760 }} data-testid="hall-meta">
      <Form.Item label={t('hallName')} required>
        <Input value={definition.name} maxLength={200} onChange={(e) => set({ name: e.target.value })} />
      </Form.Item>
      <Form.Item label={t('hallCategory')}>
        <Input
          value={definition.category ?? ''}
          onChange={(e) => set({ category: e.target.value || undefined })}
        />
      </Form.Item>
      <Form.Item label={t('hallDepartment')}>
        <TreeSelect
          allowClear
          showSearch
          treeNodeFilterProp="title"
          value={definition.department}
          treeData={departments}
          onChange={(department?: string) => set({ department })}
        />
      </Form.Item>
      <Form.Item label={t('hallAudience')}>
        <Select
          mode="multiple"
          value={definition.audience ?? []}
          options={AUDIENCES.map((a) => ({ value: a.value, label: t(a.key) }))}
          onChange={(audience: Audience[]) => set({ audience })}
        />
      </Form.Item>
      <Form.Item label={t('hallGuide')}>
        <Input.TextArea
          autoSize={{ minRows: 6, maxRows: 18 }}
          value={definition.guide ?? ''}
          onChange={(e) => set({ guide: e.target.value || undefined })}
        />
      </Form.Item>
      <Form.Item label={t('hallAttachments')} extra={t('hallAttachmentsHint')}>
        <HallAttachments definitionKey={definition.key} readOnly={readOnly} />
      </Form.Item>
    </Form>
  );
}
