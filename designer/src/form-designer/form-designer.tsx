import { useMemo, useState } from 'react';
import { DndContext } from '@dnd-kit/core';
import { Empty, Tabs, message } from 'antd';
import type { FormFieldSchema } from '@flowhall/schema';
import type { FormRegistry } from '../components';
import {
  addField,
  childrenOf,
  copyField,
  dataPathOf,
  deleteField,
  isContainer,
  moveField,
  nodeAt,
  renameField,
  updateField,
  type DesignDoc,
  type FormOpResult,
} from '../schema-ops';
import { useHost } from '../host';
import { ruleFields } from '../shared/rule-fields';
import { FieldPanel } from './field-panel';
import { PART_TEMPLATES, templateFor } from './field-templates';
import { FormCanvas } from './form-canvas';
import { FormPalette } from './form-palette';
import { FormPreview } from './form-preview';
import { useFormText } from './use-form-text';
import { JsonView } from './json-view';
import { useFormDnd } from './use-form-dnd';

export interface FormDesignerProps {
  /** The form and the flow: renaming or deleting a field updates the flow's references too. */
  doc: DesignDoc;
  /** The host's component registry (standard components plus plugins'): palette and preview. */
  registry: FormRegistry;
  readOnly?: boolean;
  onChange?: (doc: DesignDoc, changes: string[]) => void;
}

const PART_OF: Record<string, string> = {
  FormTab: 'FormTab.TabPane',
  FormStep: 'FormStep.StepPane',
  ArrayTable: 'ArrayTable.Column',
};

/**
 * The form designer: palette, canvas (drag to add, move and nest), the selected field's
 * properties, a preview and the JSON. Controlled: the host keeps the document and its history.
 */
export function FormDesigner({ doc, registry, readOnly = false, onChange }: FormDesignerProps) {
  const t = useFormText();
  const english = useHost().locale === 'en-US';
  const [selected, setSelected] = useState<string[] | null>(null);
  const fields = useMemo(() => ruleFields(doc.form), [doc.form]);
  const entries = useMemo(() => registry.list(), [registry]);

  const apply = (result: FormOpResult<DesignDoc>, select?: string[] | null) => {
    if (!result.ok) {
      void message.warning(result.message);
      return;
    }
    onChange?.(result.doc, result.changes);
    if (result.changes.length) void message.info(result.changes.join('；'));
    if (select !== undefined) setSelected(select);
  };

  /** Palette click: into the selected container, after the selected field, or at the end. */
  const addByClick = (component: string, title: string) => {
    const template = templateFor(component, title);
    const node = selected ? nodeAt(doc.form, selected) : undefined;
    let parent: string[] = [];
    let index: number | undefined;
    if (selected && node && isContainer(node)) parent = selected;
    else if (selected && node) {
      parent = selected.slice(0, -1);
      index =
        Object.keys(childrenOf(nodeAt(doc.form, parent)!) ?? {}).indexOf(selected[selected.length - 1]) + 1;
    }
    const result = addField(doc, parent, template.name, template.schema, index);
    apply(result, result.ok ? result.address : undefined);
  };

  const dnd = useFormDnd(doc.form, ({ source, parent, index }) => {
    if (source.kind === 'new') {
      const entry = registry.get(source.component);
      const template = templateFor(source.component, entry?.title ?? source.component);
      const result = addField(doc, parent, template.name, template.schema, index);
      apply(result, result.ok ? result.address : undefined);
    } else {
      const result = moveField(doc, source.address, parent, index);
      apply(result, result.ok ? result.address : undefined);
    }
  });

  const ctx = {
    selected: selected?.join('/'),
    readOnly,
    componentTitle: (name: string | undefined) => {
      const entry = name ? registry.get(name) : undefined;
      if (!name) return t('objectTitle');
      return (english ? entry?.titleEn : undefined) ?? entry?.title ?? name;
    },
    select: setSelected,
    copy: (address: string[]) => {
      const result = copyField(doc, address);
      apply(result, result.ok ? result.address : undefined);
    },
    remove: (address: string[]) => apply(deleteField(doc, address), null),
    addPart: (address: string[]) => {
      const node = nodeAt(doc.form, address) as FormFieldSchema;
      const part = PART_TEMPLATES[PART_OF[node['x-component'] ?? '']];
      if (!part) return;
      const count = Object.keys(childrenOf(node) ?? {}).length + 1;
      const template = part(count);
      const result = addField(
        doc,
        address,
        template.name,
        template.schema,
        node.type === 'array' ? count - 2 : undefined,
      );
      apply(result, result.ok ? result.address : undefined);
    },
  };

  const field = selected ? (nodeAt(doc.form, selected) as FormFieldSchema | undefined) : undefined;
  const parentNode = selected ? nodeAt(doc.form, selected.slice(0, -1)) : undefined;

  const design = (
    <DndContext sensors={dnd.sensors} collisionDetection={dnd.collisionDetection} onDragEnd={dnd.onDragEnd}>
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
        {readOnly ? null : (
          <div style={{ width: 176, flex: 'none', maxHeight: '78vh', overflowY: 'auto' }}>
            <FormPalette entries={entries} onAdd={addByClick} disabled={readOnly} />
          </div>
        )}
        <div
          style={{
            flex: 1,
            minWidth: 0,
            border: '1px solid #f0f0f0',
            borderRadius: 8,
            maxHeight: '78vh',
            overflowY: 'auto',
          }}
        >
          <FormCanvas form={doc.form} ctx={ctx} onClear={() => setSelected(null)} />
        </div>
        <div style={{ width: 340, flex: 'none', maxHeight: '78vh', overflowY: 'auto' }}>
          {field && selected ? (
            <FieldPanel
              key={selected.join('/')}
              field={field}
              name={selected[selected.length - 1]}
              path={dataPathOf(doc.form, selected)}
              fields={fields}
              inGrid={parentNode?.['x-component'] === 'FormGrid'}
              readOnly={readOnly}
              onChange={(next) => apply(updateField(doc, selected, () => next))}
              onRename={(name) => {
                const result = renameField(doc, selected, name);
                if (!result.ok) return result.message;
                apply(result, result.address);
                return null;
              }}
            />
          ) : (
            <Empty description={t('selectFieldHint')} />
          )}
        </div>
      </div>
    </DndContext>
  );

  return (
    <Tabs
      className="fh-form-designer"
      items={[
        { key: 'design', label: t('tabDesign'), children: design },
        {
          key: 'preview',
          label: t('tabPreview'),
          children: <FormPreview schema={doc.form} registry={registry} />,
        },
        {
          key: 'json',
          label: 'JSON',
          children: (
            <JsonView
              schema={doc.form}
              readOnly={readOnly}
              onApply={(form) => onChange?.({ ...doc, form }, [])}
            />
          ),
        },
      ]}
    />
  );
}
