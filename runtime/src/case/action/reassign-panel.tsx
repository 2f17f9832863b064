import { UserPickerField } from '@flowhall/designer/components';
import type { CaseView } from '@flowhall/schema';
import { App, Button, Card, Form, Input, List, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../api';
import { isConflict, newIdempotencyKey } from '../../form/server-errors';
import { useLocale } from '../../i18n/locale-context';

type Pending = CaseView['tasks'][number];

/** 更换节点审批人员 (R19): office administrators give a pending task to someone else, with a reason. */
export function ReassignPanel({ view, onDone }: { view: CaseView; onDone(): void }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const pending = view.tasks.filter((task) => task.status === 'pending');
  const [target, setTarget] = useState<Pending | null>(null);
  const [userId, setUserId] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  if (pending.length === 0) return null;
  const open = (task: Pending) => {
    setTarget(task);
    setUserId(undefined);
    setReason('');
  };
  const send = async () => {
    if (!target || !userId) return;
    setBusy(true);
    try {
      await api.cases.reassign(
        target.id,
        { userId: Number(userId), reason: reason.trim(), lockVersion: view.lockVersion },
        { idempotencyKey: newIdempotencyKey() },
      );
      message.success(t('reassignDone'));
      setTarget(null);
      onDone();
    } catch (error) {
      message.error(
        isConflict(error) ? t('actConflict') : error instanceof Error ? error.message : t('applyFailed'),
      );
      if (isConflict(error)) {
        setTarget(null);
        onDone();
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('reassignTitle')} className="fh-reassign" data-testid="reassign-panel">
      <List
        size="small"
        dataSource={pending}
        renderItem={(task) => (
          <List.Item
            actions={[
              <Button key="r" size="small" onClick={() => open(task)}>
                {t('reassignButton')}
              </Button>,
            ]}
          >
            {task.nodeName} · {task.assignee.name}
          </List.Item>
        )}
      />
      <Modal
        open={target !== null}
        title={t('reassignTitle')}
        okText={t('confirm')}
        cancelText={t('cancel')}
        okButtonProps={{ disabled: !userId || !reason.trim(), loading: busy }}
        onOk={send}
        onCancel={() => setTarget(null)}
      >
        <Form layout="vertical">
          <Form.Item label={t('reassignFrom')}>
            {target ? `${target.nodeName} · ${target.assignee.name}` : ''}
          </Form.Item>
          <Form.Item label={t('reassignTo')} required>
            <UserPickerField value={userId} onChange={setUserId} />
          </Form.Item>
          <Form.Item label={t('reassignReason')} required>
            <Input.TextArea
              rows={2}
              maxLength={200}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
