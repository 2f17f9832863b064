import type { ListItem } from '@flowhall/client';
import { App, Button } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';

/**
 * 督办: an office administrator urges a pending task straight from the supervised list (issue 8).
 * The server applies the applicant's urge rules (once an hour per task) and sends 【催办】.
 */
const URGE_INTERVAL_MS = 60 * 60 * 1000;

export function SuperviseAction({ item, onChanged }: { item: ListItem; onChanged(): void }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const task = item.task;
  if (!task || task.status !== 'pending') return null;
  // The server allows one urge per task an hour; say so up front instead of failing on the click.
  const urgedRecently = task.urgedAt !== null && Date.now() - Date.parse(task.urgedAt) < URGE_INTERVAL_MS;

  const urge = async () => {
    setBusy(true);
    try {
      await api.notifications.urgeSupervised(task.id);
      void message.success(t('superviseUrged', { name: task.nodeName }));
      onChanged();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    // The button sits on a clickable row: its click must not open the case as well.
    <span onClick={(event) => event.stopPropagation()} data-testid="supervise-actions">
      <Button
        size="small"
        type="primary"
        ghost
        loading={busy}
        disabled={urgedRecently}
        title={urgedRecently ? t('superviseUrgedRecently') : undefined}
        onClick={() => void urge()}
        data-testid="act-supervise-urge"
      >
        {t('actSuperviseUrge')}
      </Button>
    </span>
  );
}
