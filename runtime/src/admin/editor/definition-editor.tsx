import { useEffect, useState } from 'react';
import { Alert, Button, Card, Result, Space, Spin, Typography, message } from 'antd';
import { ApiError } from '@flowhall/client';
import { localizeProblems } from '@flowhall/designer/schema-ops';
import type { ProcessDefinition } from '@flowhall/schema';
import { useNavigate, useParams } from 'umi';
import { api } from '../../api';
import { FormKitProvider } from '../../form/form-kit';
import { useLocale } from '../../i18n/locale-context';
import { BaselineAlert } from './baseline-alert';
import { CompareDrawer } from './compare-drawer';
import { DefinitionTabs, type EditorTab } from './definition-tabs';
import { EditorToolbar } from './editor-toolbar';
import { PublishModal } from './publish-modal';
import { useDefinitionDraft } from './use-definition-draft';
import { useUnsavedGuard } from './use-unsaved-guard';

/** `/admin/definitions/:key`: edit the draft, validate, publish, open versions, compare, adopt baselines. */
function DefinitionEditorPage({ definitionKey }: { definitionKey: string }) {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const draft = useDefinitionDraft(definitionKey);
  const [tab, setTab] = useState<EditorTab>('form');
  const [busy, setBusy] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [comparing, setComparing] = useState(false);
  const [viewing, setViewing] = useState<ProcessDefinition | null>(null);
  useUnsavedGuard(draft.dirty, t('editorUnsavedLeave'));

  // Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z outside text inputs.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = (e.target as HTMLElement | null)?.closest?.('input, textarea, [contenteditable]');
      if (typing || !(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z' || viewing) return;
      e.preventDefault();
      if (e.shiftKey) draft.redo();
      else draft.undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [draft, viewing]);

  const guarded = async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    try {
      return await work();
    } catch (err) {
      void message.error((err as Error).message);
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    guarded(async () => {
      if (await draft.save()) void message.success(t('editorSaved'));
    });

  const validate = () =>
    guarded(async () => {
      if (!(await draft.save())) return;
      const { problems } = await api.definitions.validate(definitionKey);
      if (problems.length) {
        void message.error(t('editorProblems', { count: problems.length }));
        setTab('flow');
      } else void message.success(t('editorValid'));
    });

  const publish = async (note: string) => {
    await guarded(async () => {
      if (!(await draft.save())) return;
      try {
        const version = await api.definitions.publish(definitionKey, note || undefined);
        void message.success(t('editorPublished', { version: version.version }));
        setPublishing(false);
        await draft.reload();
      } catch (err) {
        if (err instanceof ApiError && err.code === 'DEFINITION_INVALID') setTab('flow');
        throw err;
      }
    });
  };

  const openVersion = (version: number) =>
    guarded(async () => setViewing(await api.definitions.version(definitionKey, version)));

  // Unsaved edits: the guard above asks first.
  const back = () => navigate('/admin/definitions');

  if (draft.load.status === 'loading' && !draft.definition)
    return <Spin style={{ display: 'block', padding: 64 }} />;
  if (draft.load.status === 'failed' || !draft.detail || !draft.definition) {
    return (
      <Result
        status="warning"
        title={t('defsLoadFailed')}
        subTitle={draft.load.status === 'failed' ? draft.load.message : undefined}
        extra={<Button onClick={back}>{t('editorBack')}</Button>}
      />
    );
  }
  const { detail, definition } = draft;
  return (
    <Card
      title={
        <Space direction="vertical" size={0}>
          <Typography.Link onClick={back} style={{ fontSize: 12 }}>
            ← {t('editorBack')}
          </Typography.Link>
          <span data-testid="definition-name">
            {definition.name} <Typography.Text type="secondary">({detail.key})</Typography.Text>
          </span>
        </Space>
      }
    >
      {viewing ? null : (
        <div style={{ marginBottom: 12 }}>
          <EditorToolbar
            dirty={draft.dirty}
            problemCount={draft.problems.length}
            canUndo={draft.canUndo}
            canRedo={draft.canRedo}
            busy={busy}
            versions={detail.versions}
            onUndo={draft.undo}
            onRedo={draft.redo}
            onSave={() => void save()}
            onValidate={() => void validate()}
            onCompare={() => setComparing(true)}
            onPublish={() => setPublishing(true)}
            onOpenVersion={(v) => void openVersion(v)}
          />
        </div>
      )}
      {draft.conflict ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('editorConflict')}
          action={<Button onClick={() => void draft.reload()}>{t('editorReload')}</Button>}
        />
      ) : null}
      {detail.offeredBaselineVersion && !viewing ? (
        <BaselineAlert
          definitionKey={definitionKey}
          version={detail.offeredBaselineVersion}
          onDecided={() => void draft.reload()}
        />
      ) : null}
      {!detail.hasDraft && !viewing ? (
        <Alert type="info" style={{ marginBottom: 12 }} message={t('editorNoDraftHint')} />
      ) : null}
      {viewing ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('editorViewingVersion', { version: viewing.version })}
          action={<Button onClick={() => setViewing(null)}>{t('editorBackToDraft')}</Button>}
        />
      ) : null}
      <DefinitionTabs
        definition={viewing ?? definition}
        problems={draft.problems}
        readOnly={viewing !== null}
        tab={tab}
        onTab={setTab}
        onChange={draft.edit}
      />
      <PublishModal
        open={publishing}
        problems={localizeProblems(draft.problems, definition.flow, locale)}
        onCancel={() => setPublishing(false)}
        onPublish={publish}
      />
      <CompareDrawer
        open={comparing}
        definitionKey={definitionKey}
        latestVersion={detail.latestVersion}
        draft={definition}
        onClose={() => setComparing(false)}
      />
    </Card>
  );
}

export function DefinitionEditor() {
  const { key } = useParams<{ key: string }>();
  return (
    <FormKitProvider>
      <DefinitionEditorPage key={key} definitionKey={key ?? ''} />
    </FormKitProvider>
  );
}
