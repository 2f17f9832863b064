import type { CaseView } from '@flowhall/schema';
import { Button, Checkbox, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { useLocale } from '../i18n/locale-context';
import { useDialogSend } from './use-dialog-send';

/** 催办 (R22): the applicant picks which pending steps to urge; each may be urged once an hour. */
export function UrgeButton({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const { t } = useLocale();
  const pending = view.tasks.filter((task) => task.status === 'pending');
  const [chosen, setChosen] = useState<string[]>([]);
  const { open, setOpen, busy, send } = useDialogSend('caseUrged', onDone);
  if (pending.length === 0) return null;
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
        onOk={() => send(() => api.cases.urge(view.id, chosen))}
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
