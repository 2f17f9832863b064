import { useEffect, useState } from 'react';
import { Select, TreeSelect } from 'antd';
import { useHost } from '../host';

/**
 * Person, role and department pickers for assignee rules. They reach the organisation API only
 * through the host (the designer sits below the HTTP client), and store ids as strings, as the
 * engine's assignee rules do.
 */
interface UserCardLite {
  id: number;
  displayName: string;
  department: { name: string } | null;
}
interface RoleLite {
  key: string;
  name: string;
}
interface DeptLite {
  id: number;
  name: string;
  children: DeptLite[];
}

export function UserPickerSelect({
  value,
  onChange,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const host = useHost();
  const [options, setOptions] = useState<Array<{ value: string; label: string }>>([]);
  const search = (q: string) => {
    host
      .request<{ items: UserCardLite[] }>('GET', '/api/org/users', {
        query: { q: q || undefined, limit: 20 },
      })
      .then(({ items }) =>
        setOptions((known) => {
          const merged = new Map(known.map((o) => [o.value, o]));
          for (const u of items) {
            merged.set(String(u.id), {
              value: String(u.id),
              label: `${u.displayName}${u.department ? `（${u.department.name}）` : ''}`,
            });
          }
          return [...merged.values()];
        }),
      )
      .catch(() => undefined);
  };
  // Load a first page once; later pages come from typing.
  useEffect(() => search(''), []);
  return (
    <Select
      mode="multiple"
      style={{ width: '100%' }}
      placeholder="搜索姓名或工号"
      value={value}
      filterOption={false}
      onSearch={search}
      options={options}
      onChange={onChange}
      aria-label="指定人员"
    />
  );
}

export function RolePickerSelect({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (key: string) => void;
}) {
  const host = useHost();
  const [roles, setRoles] = useState<RoleLite[]>([]);
  useEffect(() => {
    host
      .request<{ items: RoleLite[] }>('GET', '/api/org/roles')
      .then(({ items }) => setRoles(items))
      .catch(() => undefined);
  }, [host]);
  return (
    <Select
      style={{ width: '100%' }}
      showSearch
      optionFilterProp="label"
      placeholder="选择角色"
      value={value}
      onChange={onChange}
      aria-label="角色"
      options={roles.map((r) => ({ value: r.key, label: r.name }))}
    />
  );
}

interface DeptTreeNode {
  value: string;
  title: string;
  children: DeptTreeNode[];
}

const toTree = (nodes: DeptLite[]): DeptTreeNode[] =>
  nodes.map((d) => ({ value: String(d.id), title: d.name, children: toTree(d.children ?? []) }));

export function DeptPickerSelect({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (id: string) => void;
}) {
  const host = useHost();
  const [tree, setTree] = useState<DeptLite[]>([]);
  useEffect(() => {
    host
      .request<{ items: DeptLite[] }>('GET', '/api/org/departments')
      .then(({ items }) => setTree(items))
      .catch(() => undefined);
  }, [host]);
  return (
    <TreeSelect
      style={{ width: '100%' }}
      showSearch
      treeNodeFilterProp="title"
      placeholder="选择部门"
      value={value}
      onChange={onChange}
      treeData={toTree(tree)}
      treeDefaultExpandAll
      aria-label="部门"
    />
  );
}
