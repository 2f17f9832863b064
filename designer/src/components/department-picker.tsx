import { connect, mapProps } from '@formily/react';
import { TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useHost } from '../host';
import { componentText } from './component-text';

interface DepartmentNode {
  id: number;
  name: string;
  nameEn: string | null;
  children: DepartmentNode[];
}

interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}

export interface DepartmentPickerProps {
  /** The department's id as a string (what form data stores). */
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  disabled?: boolean;
  readOnly?: boolean;
}

/** The org tree as TreeSelect options, in the language the page shows. */
export function toTreeOptions(nodes: DepartmentNode[], english: boolean): TreeOption[] {
  return nodes.map((node) => ({
    value: String(node.id),
    title: english && node.nameEn ? node.nameEn : node.name,
    children: toTreeOptions(node.children ?? [], english),
  }));
}

function findTitle(nodes: TreeOption[], value: string): string | undefined {
  for (const node of nodes) {
    if (node.value === value) return node.title;
    const inner = findTitle(node.children, value);
    if (inner) return inner;
  }
  return undefined;
}

export function DepartmentPickerField(props: DepartmentPickerProps) {
  const host = useHost();
  const t = componentText(host.locale);
  const [tree, setTree] = useState<DepartmentNode[]>([]);
  useEffect(() => {
    let live = true;
    host
      .request<{ items: DepartmentNode[] }>('GET', '/api/org/departments')
      .then((answer) => live && setTree(answer.items))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [host]);
  const options = useMemo(() => toTreeOptions(tree, host.locale === 'en-US'), [tree, host.locale]);

  if (props.readOnly) {
    const title = props.value ? findTitle(options, props.value) : undefined;
    return <span className="fh-department-pretty">{title ?? (props.value ? '…' : t('empty'))}</span>;
  }
  return (
    <TreeSelect
      showSearch
      allowClear
      treeDefaultExpandAll
      value={props.value}
      placeholder={props.placeholder ?? t('departmentPick')}
      disabled={props.disabled}
      treeData={options}
      treeNodeFilterProp="title"
      onChange={(value: string | undefined) => props.onChange?.(value)}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}

export const DepartmentPicker = connect(
  DepartmentPickerField,
  mapProps((props, field) => ({
    ...props,
    readOnly: Boolean(props.readOnly) || ('readPretty' in field && (field.readPretty || field.readOnly)),
  })),
);
