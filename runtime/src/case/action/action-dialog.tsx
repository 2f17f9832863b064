import { UserPickerField } from '@flowhall/designer/components';
import type { FlowGraph, MyTask, TaskActionType } from '@flowhall/schema';
import { Form, Modal, Radio, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useLocale } from '../../i18n/locale-context';
import { actionLabel } from '../action-labels';
import type { ActionInput } from './build-command';
import { returnOptions } from './return-options';

type Extra = Pick<ActionInput, 'returnTo' | 'userId' | 'position'>;

/**
 * The second question some actions ask: whom to forward to (同意并提交上级领导审核), whom to hand
 * over to, whom to add as a signer and where, or where to return the case to.
 */
export function ActionDialog(props: {
  action: TaskActionType | null;
  task: MyTask;
  flow: FlowGraph;
  busy: boolean;
  onCancel(): void;
  onConfirm(extra: Extra): void;
}) {
  const { t } = useLocale();
  const { action, task, flow } = props;
  const [userId, setUserId] = useState<string | undefined>();
  const [position, setPosition] = useState<'before' | 'after'>('after');
  const options = returnOptions(task, flow);
  const [returnKey, setReturnKey] = useState<string | undefined>(options[0]?.key);
  useEffect(() => {
    setUserId(undefined);
    setReturnKey(options[0]?.key);
  }, [action]); // options follow the task, which does not change while the dialog is open
  if (!action) return null;
  const isReturn = action === 'return';
  const ready = isReturn ? returnKey !== undefined : userId !== undefined;
  const confirm = () => {
    if (isReturn) props.onConfirm({ returnTo: options.find((o) => o.key === returnKey)?.to });
    else props.onConfirm({ userId: Number(userId), position });
  };
  const label = (o: (typeof options)[number]) =>
    o.kind === 'applicant'
      ? t('actReturnApplicant')
      : o.kind === 'previous'
        ? t('actReturnPrevious')
        : t('actReturnNode', { name: o.nodeName ?? '' });
  return (
    <Modal
      open
      title={actionLabel(t, action)}
      okText={t('confirm')}
      cancelText={t('cancel')}
      okButtonProps={{ disabled: !ready, loading: props.busy, danger: isReturn }}
      onOk={confirm}
      onCancel={props.onCancel}
    >
      <Form layout="vertical">
        {isReturn ? (
          <Form.Item label={t('actReturnTo')}>
            <Radio.Group value={returnKey} onChange={(e) => setReturnKey(e.target.value as string)}>
              <Space direction="vertical">
                {options.map((o) => (
                  <Radio key={o.key} value={o.key}>
                    {label(o)}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
        ) : (
          <Form.Item
            label={t(
              action === 'forward'
                ? 'actPickLeader'
                : action === 'transfer'
                  ? 'actPickTransfer'
                  : 'actPickSigner',
            )}
          >
            <div data-testid="action-user-picker">
              <UserPickerField value={userId} onChange={setUserId} />
            </div>
          </Form.Item>
        )}
        {action === 'addSigner' && (
          <Form.Item label={t('actSignerPosition')}>
            <Radio.Group value={position} onChange={(e) => setPosition(e.target.value as 'before' | 'after')}>
              <Radio value="before">{t('actSignerBefore')}</Radio>
              <Radio value="after">{t('actSignerAfter')}</Radio>
            </Radio.Group>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
