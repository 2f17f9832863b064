import { Button, Dropdown, Space, Tag, Tooltip } from 'antd';
import type { VersionSummary } from '@flowhall/schema';
import { useLocale } from '../../i18n/locale-context';

export interface EditorToolbarProps {
  dirty: boolean;
  problemCount: number;
  canUndo: boolean;
  canRedo: boolean;
  busy: boolean;
  versions: VersionSummary[];
  onUndo: () => void;
  onRedo: () => void;
  onSave: () => void;
  onValidate: () => void;
  onCompare: () => void;
  onPublish: () => void;
  onOpenVersion: (version: number) => void;
}

export function EditorToolbar(p: EditorToolbarProps) {
  const { t } = useLocale();
  return (
    <Space wrap size={6} data-testid="editor-toolbar">
      {p.dirty ? <Tag color="orange">{t('editorUnsaved')}</Tag> : null}
      <Tooltip title={t('editorUndo')}>
        <Button onClick={p.onUndo} disabled={!p.canUndo} aria-label={t('editorUndo')}>
          ↶
        </Button>
      </Tooltip>
      <Tooltip title={t('editorRedo')}>
        <Button onClick={p.onRedo} disabled={!p.canRedo} aria-label={t('editorRedo')}>
          ↷
        </Button>
      </Tooltip>
      <Button onClick={p.onSave} loading={p.busy} disabled={!p.dirty}>
        {t('editorSave')}
      </Button>
      <Button onClick={p.onValidate}>
        {t('editorValidate')}
        {p.problemCount ? (
          <Tag color="red" style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>
            {p.problemCount}
          </Tag>
        ) : null}
      </Button>
      <Button onClick={p.onCompare}>{t('editorCompare')}</Button>
      <Dropdown
        disabled={p.versions.length === 0}
        menu={{
          items: p.versions.map((v) => ({
            key: String(v.version),
            label: `${t('editorVersionItem', { version: v.version, date: new Date(v.publishedAt).toLocaleDateString() })}${v.changeNote ? ` · ${v.changeNote}` : ''}`,
          })),
          onClick: ({ key }) => p.onOpenVersion(Number(key)),
        }}
      >
        <Button>{t('editorVersions')} ▾</Button>
      </Dropdown>
      <Button type="primary" onClick={p.onPublish} data-testid="publish">
        {t('editorPublish')}
      </Button>
    </Space>
  );
}
