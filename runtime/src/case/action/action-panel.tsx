import type { FlowGraph, MyTask, TaskActionType } from '@flowhall/schema';
import type { Form } from '@formily/core';
import { Alert, App, Button, Card, Radio, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api';
import { plainValues } from '../../form/plain-values';
import { isConflict, newIdempotencyKey, showServerProblems } from '../../form/server-errors';
import { useLocale } from '../../i18n/locale-context';
import { actionLabel } from '../action-labels';
import { ActionDialog } from './action-dialog';
import { ACTION_ORDER, buildCommand, FORWARD_MOVING, NEEDS_PERSON, type ActionInput } from './build-command';
import { OpinionBox } from './opinion-box';

interface Props {
  task: MyTask;
  flow: FlowGraph;
  /** The case form: its fields editable at this node go with the decision. */
  form: Form;
  /** This node's opinion fields: filled with the opinion text, so the form keeps it (R14). */
  opinionFields: string[];
  /** Titles of the fields this step fills in the form, named so nobody misses them. */
  fieldsToFill: string[];
  onDone(): void;
}

/**
 * The current assignee's decision (R15, R17): only the node's actions, the route where the node
 * has routes, the opinion (required where the node says), and a second question for actions that
 * need a person or a return target. Every click carries its own Idempotency-Key; a 409 means
 * someone else changed the case first, so the panel says so and reloads.
 */
export function ActionPanel({ task, flow, form, opinionFields, fieldsToFill, onDone }: Props) {
  const { t } = useLocale();
  const { message, modal } = App.useApp();
  const [opinion, setOpinion] = useState('');
  const [route, setRoute] = useState<string | undefined>(
    task.routes.length === 1 ? task.routes[0].key : undefined,
  );
  const [dialog, setDialog] = useState<TaskActionType | null>(null);
  const [busy, setBusy] = useState<TaskActionType | null>(null);
  const actions = ACTION_ORDER.filter((a) => task.actions.includes(a));

  const editablePatch = (): Record<string, unknown> => {
    const values = plainValues(form.values);
    const patch: Record<string, unknown> = {};
    for (const [path, permission] of Object.entries(task.fieldPermissions)) {
      if (
        permission === 'editable' &&
        !path.includes('.') &&
        path in values &&
        !opinionFields.includes(path)
      ) {
        patch[path] = values[path];
      }
    }
    for (const field of opinionFields) if (opinion.trim()) patch[field] = opinion.trim();
    return patch;
  };

  const send = async (action: TaskActionType, extra: Partial<ActionInput> = {}) => {
    setBusy(action);
    try {
      const command = buildCommand(action, { opinion, route, formPatch: editablePatch(), ...extra });
      await api.cases.act(task.id, command, { idempotencyKey: newIdempotencyKey() });
      message.success(t('actDone', { action: actionLabel(t, action) }));
      setDialog(null);
      onDone();
    } catch (error) {
      if (isConflict(error)) {
        message.warning(t('actConflict'));
        setDialog(null);
        onDone();
        return;
      }
      const unplaced = showServerProblems(form, error);
      message.error(
        unplaced.map((p) => p.message).join('；') ||
          (error instanceof Error ? error.message : t('applyFailed')),
      );
    } finally {
      setBusy(null);
    }
  };

  const start = async (action: TaskActionType) => {
    if (task.opinionRequired.includes(action) && !opinion.trim()) {
      message.error(t('actOpinionMissing'));
      return;
    }
    if (FORWARD_MOVING.includes(action)) {
      if (task.routes.length > 0 && !route && action !== 'complete') {
        message.error(t('actRouteMissing'));
        return;
      }
      try {
        await form.validate();
      } catch {
        message.error(t('applyFixErrors'));
        return;
      }
    }
    if (NEEDS_PERSON.includes(action) || action === 'return') {
      setDialog(action);
      return;
    }
    if (action === 'reject') {
      const sure = await modal.confirm({
        title: t('actRejectConfirm'),
        okButtonProps: { danger: true },
        okText: t('actReject'),
        cancelText: t('cancel'),
      });
      if (!sure) return;
    }
    await send(action);
  };

  return (
    <Card
      className="fh-action-panel"
      size="small"
      title={t('actPanelTitle', { step: task.nodeName })}
      data-testid="action-panel"
    >
      {task.onBehalfOf && (
        <Typography.Paragraph type="secondary">
          {t('actOnBehalfOf', { name: task.onBehalfOf.name })}
        </Typography.Paragraph>
      )}
      {fieldsToFill.length > 0 && (
        <Alert
          type="info"
          showIcon
          className="fh-action-fill"
          message={t('actFillFields', { fields: fieldsToFill.join('、') })}
        />
      )}
      {task.routes.length > 0 && (
        <div className="fh-action-routes">
          <div className="fh-action-label">{t('actRoute')}</div>
          <Radio.Group
            value={route}
            onChange={(e) => setRoute(e.target.value as string)}
            data-testid="action-routes"
          >
            {task.routes.map((r) => (
              <Radio key={r.key} value={r.key}>
                {r.label}
              </Radio>
            ))}
          </Radio.Group>
        </div>
      )}
      <div className="fh-action-label">{t('actOpinion')}</div>
      <OpinionBox
        value={opinion}
        onChange={setOpinion}
        required={actions.some((a) => task.opinionRequired.includes(a))}
      />
      <div className="fh-action-buttons">
        {actions.map((action) => (
          <Button
            key={action}
            type={action === 'approve' || action === 'complete' ? 'primary' : 'default'}
            danger={action === 'reject' || action === 'return'}
            loading={busy === action}
            disabled={busy !== null}
            onClick={() => void start(action)}
            data-testid={`act-${action}`}
          >
            {actionLabel(t, action)}
          </Button>
        ))}
      </div>
      <ActionDialog
        action={dialog}
        task={task}
        flow={flow}
        busy={busy !== null}
        onCancel={() => setDialog(null)}
        onConfirm={(extra) => dialog && void send(dialog, extra)}
      />
    </Card>
  );
}
