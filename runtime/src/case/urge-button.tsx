import type { CaseView } from '@flowhall/schema';
import { App, Button, Checkbox, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';

/** 催办 (R22): the applicant picks which pending steps to urge; each may be urged once an hour. */
export function UrgeButton({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const pending = view.tasks.filter((task) => task.status === 'pending');
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  if (pending.length === 0) return null;
  const send = async () => {
    setBusy(true);
    try {
      await api.cases.urge(view.id, chosen);
      message.success(t('caseUrged'));
      setOpen(false);
      onDone();
    } catch (error) {
      message.error(error instanceof Error ? error.message : t('applyFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        onClick={() => {
          setChosen(pending.map((task) => task.id));
          setOpen(true);
        }}
        data-testid="case-urge"
      >
        {t('caseUrge')}
      </Button>
      <Modal
        open={open}
        title={t('caseUrgeTitle')}
        okText={t('caseUrgeSend')}
        cancelText={t('cancel')}
        okButtonProps={{ disabled: chosen.length === 0, loading: busy }}
        onOk={send}
        onCancel={() => setOpen(false)}
      >
        <p>{t('caseUrgeHint')}</p>
        <Checkbox.Group
          value={chosen}
          onChange={(values) => setChosen(values as string[])}
          className="fh-urge-list"
          options={pending.map((task) => ({
            value: task.id,
            label: `${task.nodeName} · ${task.assignee.name}${task.urgedAt ? `（${t('caseUrgedBefore')}）` : ''}`,
          }))}
        />
      </Modal>
    </>
  );
}
