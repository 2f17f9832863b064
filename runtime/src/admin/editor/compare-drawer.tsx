import { useEffect, useState } from 'react';
import { Alert, Descriptions, Drawer, Spin, Tag } from 'antd';
import type { ProcessDefinition } from '@flowhall/schema';
import {
  compareDefinitions,
  isUnchanged,
  type ChangeEntry,
  type DefinitionChanges,
} from '@flowhall/designer/schema-ops';
import { api } from '../../api';
import { useLocale } from '../../i18n/locale-context';

function Entries({
  added,
  removed,
  changed,
}: {
  added: ChangeEntry[];
  removed: ChangeEntry[];
  changed: ChangeEntry[];
}) {
  const { t } = useLocale();
  const tags = (items: ChangeEntry[], color: string, label: string) =>
    items.map((e) => (
      <Tag key={`${label}-${e.id}`} color={color} style={{ marginBottom: 4 }}>
        {label}：{e.title}
      </Tag>
    ));
  if (!added.length && !removed.length && !changed.length) return <>—</>;
  return (
    <div>
      {tags(added, 'green', t('editorAdded'))}
      {tags(removed, 'red', t('editorRemoved'))}
      {tags(changed, 'gold', t('editorChanged'))}
    </div>
  );
}

/** The draft against the latest published version: fields and steps added, removed, changed. */
export function CompareDrawer({
  open,
  definitionKey,
  latestVersion,
  draft,
  onClose,
}: {
  open: boolean;
  definitionKey: string;
  latestVersion: number;
  draft: ProcessDefinition;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const [published, setPublished] = useState<ProcessDefinition | null>(null);
  useEffect(() => {
    if (!open || latestVersion < 1) return;
    api.definitions
      .version(definitionKey, latestVersion)
      .then(setPublished)
      .catch(() => setPublished(null));
  }, [open, definitionKey, latestVersion]);
  const changes: DefinitionChanges | null = published ? compareDefinitions(published, draft) : null;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={560}
      title={t('editorCompareTitle', { version: latestVersion })}
    >
      {latestVersion < 1 ? (
        <Alert type="info" message={t('editorCompareNothing')} />
      ) : !changes ? (
        <Spin />
      ) : isUnchanged(changes) ? (
        <Alert type="success" message={t('editorCompareNone')} />
      ) : (
        <Descriptions column={1} bordered size="small" data-testid="compare-result">
          <Descriptions.Item label={t('editorFields')}>
            <Entries {...changes.fields} />
          </Descriptions.Item>
          <Descriptions.Item label={t('editorNodes')}>
            <Entries {...changes.nodes} />
          </Descriptions.Item>
          <Descriptions.Item label={t('editorMeta')}>
            {changes.meta.length ? changes.meta.join('、') : '—'}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Drawer>
  );
}
