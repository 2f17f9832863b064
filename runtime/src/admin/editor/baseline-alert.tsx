import { useState } from 'react';
import { Alert, Button, Space, message } from 'antd';
import { api } from '../../api';
import { useLocale } from '../../i18n/locale-context';

/** A plugin offers a newer baseline: adopt it as the draft, or keep the local edits. */
export function BaselineAlert({
  definitionKey,
  version,
  onDecided,
}: {
  definitionKey: string;
  version: number;
  onDecided: () => void;
}) {
  const { t } = useLocale();
  const [busy, setBusy] = useState(false);
  const decide = async (decision: 'adopt' | 'keep') => {
    setBusy(true);
    try {
      await api.definitions.decideBaseline(definitionKey, decision);
      void message.success(t(decision === 'adopt' ? 'editorBaselineAdopted' : 'editorBaselineKept'));
      onDecided();
    } catch (err) {
      void message.error((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      message={t('editorBaselineTitle', { version })}
      description={t('editorBaselineText')}
      action={
        <Space direction="vertical">
          <Button size="small" type="primary" loading={busy} onClick={() => void decide('adopt')}>
            {t('editorBaselineAdopt')}
          </Button>
          <Button size="small" loading={busy} onClick={() => void decide('keep')}>
            {t('editorBaselineKeep')}
          </Button>
        </Space>
      }
    />
  );
}
