import { Radio, Table } from 'antd';
import type { FieldPermission, FieldPermissions, FlowNode } from '@flowhall/schema';
import { FIELD_PERMISSIONS } from '@flowhall/schema';
import { PERMISSION_LABELS } from '../shared/labels';
import type { RuleField } from '../shared/rule-fields';

/**
 * The node's permission for every form field. Unlisted fields take the engine's default (editable
 * at the start node, read-only elsewhere), so choosing the default removes the entry.
 */
export function PermissionTable({
  node,
  fields,
  onChange,
}: {
  node: FlowNode;
  fields: RuleField[];
  onChange: (permissions: FieldPermissions | undefined) => void;
}) {
  const fallback: FieldPermission = node.type === 'start' ? 'editable' : 'readonly';
  const declared = node.properties.fieldPermissions ?? {};
  const set = (path: string, permission: FieldPermission) => {
    const next = { ...declared };
    if (permission === fallback) delete next[path];
    else next[path] = permission;
    onChange(Object.keys(next).length ? next : undefined);
  };
  return (
    <Table
      size="small"
      rowKey="path"
      pagination={false}
      data-testid="permission-table"
      dataSource={fields}
      scroll={{ y: 320 }}
      columns={[
        { title: '字段', dataIndex: 'title', ellipsis: true },
        {
          title: '权限',
          width: 210,
          render: (_: unknown, field: RuleField) => (
            <span data-permission={field.path}>
              <Radio.Group
                size="small"
                optionType="button"
                aria-label={`${field.title}的权限`}
                value={declared[field.path] ?? fallback}
                onChange={(e) => set(field.path, e.target.value as FieldPermission)}
                options={FIELD_PERMISSIONS.map((p) => ({ value: p, label: PERMISSION_LABELS[p] }))}
              />
            </span>
          ),
        },
      ]}
    />
  );
}
