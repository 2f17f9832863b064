import { useDraggable } from '@dnd-kit/core';
import { Typography } from 'antd';
import type { ComponentEntry } from '../component-registry';
import { useHost } from '../host';
import { newId } from './dnd-ids';
import { formText, type FormTextKey } from './form-text';

const GROUP_KEYS: Record<string, FormTextKey> = {
  input: 'groupInput',
  choice: 'groupChoice',
  date: 'groupDate',
  upload: 'groupUpload',
  org: 'groupOrg',
  table: 'groupTable',
  layout: 'groupLayout',
  seal: 'groupSeal',
};

function PaletteItem({
  entry,
  onAdd,
  disabled,
  english,
}: {
  entry: ComponentEntry<unknown>;
  onAdd: () => void;
  disabled: boolean;
  english: boolean;
}) {
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({ id: newId(entry.name), disabled });
  return (
    <button
      ref={setNodeRef}
      type="button"
      {...listeners}
      {...attributes}
      data-palette={entry.name}
      title={entry.titleEn ? `${entry.title} / ${entry.titleEn}` : entry.title}
      onClick={onAdd}
      disabled={disabled}
      style={{
        padding: '4px 6px',
        border: '1px solid #d9d9d9',
        borderRadius: 6,
        background: isDragging ? '#e6f4ff' : '#fff',
        cursor: disabled ? 'not-allowed' : 'grab',
        fontSize: 12,
        textAlign: 'left',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        whiteSpace: 'nowrap',
      }}
    >
      {english ? (entry.titleEn ?? entry.title) : entry.title}
    </button>
  );
}

/**
 * Every component in the host's registry except the parts that only live inside another
 * (table columns, tab panes), grouped as the registry says; plugins' components appear in their
 * own groups.
 */
export function FormPalette({
  entries,
  onAdd,
  disabled,
}: {
  entries: ComponentEntry<unknown>[];
  onAdd: (component: string, title: string) => void;
  disabled: boolean;
}) {
  const { locale } = useHost();
  const t = formText(locale);
  const groups = new Map<string, ComponentEntry<unknown>[]>();
  for (const entry of entries) {
    if (entry.group === 'part') continue;
    groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry]);
  }
  return (
    <div data-testid="form-palette" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {[...groups].map(([group, items]) => (
        <div key={group}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {GROUP_KEYS[group] ? t(GROUP_KEYS[group]) : group}
          </Typography.Text>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 4, marginTop: 2 }}>
            {items.map((entry) => (
              <PaletteItem
                key={entry.name}
                entry={entry}
                disabled={disabled}
                english={locale === 'en-US'}
                onAdd={() => onAdd(entry.name, entry.title)}
              />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
