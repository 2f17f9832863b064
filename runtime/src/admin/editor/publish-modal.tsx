import { useState } from 'react';
import { Alert, Input, Modal, type ButtonProps } from 'antd';
import type { DefinitionProblem } from '@flowhall/schema';
import { useLocale } from '../../i18n/locale-context';

/** Asks for the change note; refuses while the definition has problems. */
export function PublishModal({
  open,
  problems,
  onCancel,
  onPublish,
}: {
  open: boolean;
  problems: DefinitionProblem[];
  onCancel: () => void;
  onPublish: (note: string) => Promise<void>;
}) {
  const { t } = useLocale();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open={open}
      title={t('editorPublishTitle')}
      okText={t('editorPublish')}
      okButtonProps={{ disabled: problems.length > 0, 'data-testid': 'confirm-publish' } as ButtonProps}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={async () => {
        setBusy(true);
        try {
          await onPublish(note.trim());
          setNote('');
        } finally {
          setBusy(false);
        }
      }}
    >
      {problems.length ? (
        <Alert
          type="error"
          showIcon
          message={t('editorPublishBlocked')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {problems.slice(0, 8).map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <>
          <div style={{ marginBottom: 6 }}>{t('editorPublishNote')}</div>
          <Input.TextArea
            rows={3}
            maxLength={500}
            value={note}
            aria-label={t('editorPublishNote')}
            placeholder={t('editorPublishNoteHelp')}
            onChange={(e) => setNote(e.target.value)}
          />
        </>
      )}
    </Modal>
  );
}
