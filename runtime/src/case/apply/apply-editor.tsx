import { FormRenderer, hasSteps } from '@flowhall/designer/components';
import { FormStep } from '@formily/antd-v5';
import { createForm } from '@formily/core';
import { Alert, App, Card, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'umi';
import { useFormKit } from '../../form/form-kit';
import { isConflict, showServerProblems } from '../../form/server-errors';
import { useLocale } from '../../i18n/locale-context';
import { saveDraft, submitApplication, type ApplyState } from './apply-actions';
import { ApplyButtons } from './apply-buttons';
import type { ApplySource } from './apply-source';
import { WithdrawButton } from '../withdraw-button';

/**
 * The application form (R7–R13): multi-step where the schema has FormStep, 暂存 at any point,
 * field errors shown before anything is sent, the server's field problems mapped back onto the
 * fields, a confirmation with the serial number after submitting.
 */
export function ApplyEditor({ source }: { source: ApplySource }) {
  const { t } = useLocale();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { registry } = useFormKit();
  const form = useMemo(() => createForm({ initialValues: source.initialValues }), [source]);
  const formStep = useMemo(
    () => (hasSteps(source.schema as never) ? FormStep.createFormStep() : undefined),
    [source],
  );
  const [state, setState] = useState<ApplyState>(() => ({
    definitionKey: source.definitionKey,
    caseId: source.caseView?.id ?? null,
    status: source.caseView?.status === 'returned' ? 'returned' : source.caseView ? 'draft' : 'new',
    permissions: source.permissions,
  }));
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);
  const [urgent, setUrgent] = useState(source.caseView?.importance === 'urgent');

  const fail = (error: unknown) => {
    if (isConflict(error)) {
      message.error(t('applyConflict'));
      if (state.caseId !== null) navigate(`/cases/${state.caseId}`);
      return;
    }
    const unplaced = showServerProblems(form, error);
    const text = unplaced.map((p) => p.message).join('；');
    message.error(text || (error instanceof Error ? error.message : t('applyFailed')));
  };

  const onDraft = async () => {
    setBusy('draft');
    try {
      const outcome = await saveDraft(state, form);
      if (state.caseId === null) {
        setState({ ...state, caseId: outcome.id, status: 'draft' });
        // The address now names the draft, so a reload or a shared link opens it again.
        window.history.replaceState(null, '', `/cases/${outcome.id}/edit`);
      }
      message.success(t('applyDraftSaved'));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const onSubmit = async () => {
    try {
      await form.validate();
    } catch {
      message.error(t('applyFixErrors'));
      return;
    }
    const confirmed = await modal.confirm({
      title: t(state.status === 'returned' ? 'applyResubmitConfirm' : 'applySubmitConfirm'),
      content: t('applySubmitConfirmBody'),
      okText: t(state.status === 'returned' ? 'applyResubmit' : 'applySubmit'),
      cancelText: t('cancel'),
    });
    if (!confirmed) return;
    setBusy('submit');
    try {
      const outcome = await submitApplication(state, form, urgent ? 'urgent' : 'normal');
      setBusy(null);
      await modal.success({
        title: t('applySubmitted'),
        content: (
          <div className="fh-submitted">
            <div>{t('applySerialNo')}</div>
            <Typography.Title level={3} copyable className="fh-serial">
              {outcome.serialNo ?? '—'}
            </Typography.Title>
            <div>{t('applySubmittedHint')}</div>
          </div>
        ),
        okText: t('applyViewCase'),
      });
      navigate(`/cases/${outcome.id}`);
    } catch (error) {
      setBusy(null);
      fail(error);
    }
  };

  return (
    <div className="fh-apply">
      <Card className="fh-apply-head" size="small">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {source.serviceName}
        </Typography.Title>
        <Typography.Text type="secondary">{t('applyIntro')}</Typography.Text>
      </Card>
      {state.status === 'returned' && (
        <Alert
          type="warning"
          showIcon
          className="fh-returned"
          message={t('applyReturnedTitle', {
            name: source.returned?.actorLabel ?? source.returned?.actor.name ?? '',
          })}
          description={source.returned?.opinion || t('applyReturnedNoReason')}
          action={state.caseId !== null ? <WithdrawButton caseId={state.caseId} /> : undefined}
        />
      )}
      <div className="fh-apply-form">
        <FormRenderer
          schema={source.schema as never}
          form={form}
          registry={registry}
          permissions={source.permissions}
          {...(formStep ? { formStep } : {})}
        />
      </div>
      <ApplyButtons
        formStep={formStep}
        busy={busy}
        resubmit={state.status === 'returned'}
        urgent={urgent}
        onUrgent={setUrgent}
        onDraft={onDraft}
        onSubmit={onSubmit}
      />
    </div>
  );
}
