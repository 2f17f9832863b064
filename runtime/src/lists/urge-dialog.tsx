import { App, Checkbox, Empty, Modal, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useLoad } from '../hall/hall-data';
import { useLocale } from '../i18n/locale-context';

/** Urge (催办, R22): the applicant picks which of the case's pending steps to urge. */
export function UrgeDialog({ caseId, onClose }: { caseId: number; onClose(urged: boolean): void }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [load] = useLoad(() => api.cases.get(caseId), [caseId]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const pending = load.status === 'ready' ? load.data.tasks.filter((task) => task.status === 'pending') : [];

  useEffect(() => {
    // One pending step is the usual case: pick it so a single click urges it.
    if (pending.length === 1) setChosen([pending[0].id]);
  }, [pending.length]);

  const submit = async () => {
    setBusy(true);
    try {
      await api.cases.urge(caseId, chosen);
      void message.success(t('urgeDone'));
      onClose(true);
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('urgeTitle')}
      okText={t('actUrge')}
      cancelText={t('cancel')}
      okButtonProps={{ disabled: chosen.length === 0, loading: busy }}
      onOk={() => void submit()}
      onCancel={() => onClose(false)}
    >
      {load.status === 'loading' && <Skeleton active paragraph={{ rows: 2 }} />}
      {load.status === 'failed' && <Typography.Text type="danger">{load.message}</Typography.Text>}
      {load.status === 'ready' && pending.length === 0 && <Empty description={t('urgeNone')} />}
      {pending.length > 0 && (
        <>
          <Typography.Paragraph type="secondary">{t('urgeHint')}</Typography.Paragraph>
          <Checkbox.Group
            value={chosen}
            onChange={(values) => setChosen(values as string[])}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            data-testid="urge-choices"
          >
            {pending.map((task) => (
              <Checkbox key={task.id} value={task.id}>
                {task.nodeName} · {task.assignee.name}
                {task.urgedAt ? ` (${t('markUrged')})` : ''}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </>
      )}
    </Modal>
  );
}
