import type { CSSProperties, ReactNode } from 'react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Button, Space, Tag, Tooltip } from 'antd';
import type { FormFieldSchema } from '@flowhall/schema';
import { childrenOf, isContainer } from '../schema-ops';
import { beforeId, moveId } from './dnd-ids';
import { DropZone } from './drop-zone';
import { labelOf } from './field-label';
import type { FormTextKey } from './form-text';
import { useFormText } from './use-form-text';

export interface BlockContext {
  selected: string | undefined;
  readOnly: boolean;
  componentTitle: (name: string | undefined) => string;
  select: (address: string[]) => void;
  copy: (address: string[]) => void;
  remove: (address: string[]) => void;
  addPart: (address: string[]) => void;
}

const PART_BUTTONS: Record<string, FormTextKey> = {
  FormTab: 'addTab',
  FormStep: 'addStep',
  ArrayTable: 'addColumn',
};

/** How a container lays out its children on the canvas, close to how the form will look. */
function childLayout(node: FormFieldSchema): CSSProperties {
  const component = node['x-component'];
  if (component === 'FormGrid') {
    const columns = Number(node['x-component-props']?.maxColumns ?? 2) || 2;
    return { display: 'grid', gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gap: 8 };
  }
  if (node.type === 'array') return { display: 'flex', gap: 8, overflowX: 'auto' };
  return { display: 'flex', flexDirection: 'column', gap: 8 };
}

function spanOf(node: FormFieldSchema): number {
  const span = (node['x-decorator-props'] as { gridSpan?: unknown } | undefined)?.gridSpan;
  return typeof span === 'number' ? span : 1;
}

/** One schema node on the canvas: draggable, a drop target (insert before), selectable. */
export function SchemaBlock({
  address,
  node,
  ctx,
}: {
  address: string[];
  node: FormFieldSchema;
  ctx: BlockContext;
}) {
  const t = useFormText();
  const id = address.join('/');
  const drag = useDraggable({ id: moveId(address), disabled: ctx.readOnly });
  const drop = useDroppable({ id: beforeId(address), disabled: ctx.readOnly });
  const selected = ctx.selected === id;
  const container = isContainer(node);
  const children = container ? Object.entries(childrenOf(node) ?? {}) : [];
  const key = address[address.length - 1];
  // Layout nodes often carry no title (a card's inner grid): call them by their component.
  const label = labelOf(node, node.type === 'void' ? ctx.componentTitle(node['x-component']) : key);
  const style: CSSProperties = {
    border: `1px solid ${selected ? '#1677ff' : drop.isOver ? '#91caff' : '#f0f0f0'}`,
    boxShadow: drop.isOver
      ? 'inset 0 3px 0 #1677ff'
      : selected
        ? '0 0 0 2px rgba(22,119,255,.15)'
        : undefined,
    borderRadius: 6,
    position: 'relative',
    padding: container ? 8 : '6px 8px',
    background: container ? '#fafafa' : '#fff',
    opacity: drag.isDragging ? 0.4 : 1,
    gridColumn: `span ${spanOf(node)}`,
    minWidth: node['x-component'] === 'ArrayTable.Column' ? 140 : 0,
  };
  const actions: ReactNode =
    selected && !ctx.readOnly ? (
      <Space
        size={0}
        onClick={(e) => e.stopPropagation()}
        // Over the block's top edge, so the label keeps its width in narrow grid cells.
        style={{
          position: 'absolute',
          top: -13,
          right: 6,
          zIndex: 2,
          background: '#fff',
          border: '1px solid #91caff',
          borderRadius: 4,
        }}
      >
        {PART_BUTTONS[node['x-component'] ?? ''] ? (
          <Button size="small" type="link" onClick={() => ctx.addPart(address)}>
            {t(PART_BUTTONS[node['x-component'] ?? ''])}
          </Button>
        ) : null}
        <Button size="small" type="link" onClick={() => ctx.copy(address)}>
          {t('copy')}
        </Button>
        <Button size="small" type="link" danger onClick={() => ctx.remove(address)}>
          {t('delete')}
        </Button>
      </Space>
    ) : null;
  return (
    <div
      ref={drop.setNodeRef}
      style={style}
      data-field={id}
      onClick={(e) => {
        e.stopPropagation();
        ctx.select(address);
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 6, minHeight: 24 }}>
        <Tooltip title={ctx.readOnly ? undefined : t('dragToMove')}>
          <span
            ref={drag.setNodeRef}
            {...drag.listeners}
            {...drag.attributes}
            aria-label={t('moveField', { label })}
            style={{ cursor: ctx.readOnly ? 'default' : 'grab', color: '#bfbfbf', userSelect: 'none' }}
          >
            ⠿
          </span>
        </Tooltip>
        <span
          style={{
            fontWeight: container ? 600 : 400,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
          }}
        >
          {node.required ? <span style={{ color: '#ff4d4f' }}>* </span> : null}
          {label}
        </span>
        <Tag style={{ marginInlineEnd: 0, fontSize: 11 }}>{ctx.componentTitle(node['x-component'])}</Tag>
        {node['x-reactions'] ? (
          <Tag color="purple" style={{ fontSize: 11 }}>
            {t('conditionTag')}
          </Tag>
        ) : null}
        <span style={{ flex: 1 }} />
        {actions}
      </div>
      {container ? (
        <div style={{ ...childLayout(node), marginTop: 6 }}>
          {children.map(([childKey, child]) => (
            <SchemaBlock key={childKey} address={[...address, childKey]} node={child} ctx={ctx} />
          ))}
          {ctx.readOnly ? null : <DropZone address={address} />}
        </div>
      ) : null}
    </div>
  );
}
