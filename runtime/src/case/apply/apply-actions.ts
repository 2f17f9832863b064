import type { CaseImportance, CaseOutcome, FieldPermissions } from '@flowhall/schema';
import type { Form } from '@formily/core';
import { api } from '../../api';
import { newIdempotencyKey } from '../../form/server-errors';
import { editableValues } from './apply-source';

/** The application's state on the server as the editor knows it. */
export interface ApplyState {
  definitionKey: string;
  caseId: number | null;
  status: 'new' | 'draft' | 'returned';
  permissions: FieldPermissions;
}

/** 暂存: creates the draft the first time, then replaces its form. */
export async function saveDraft(state: ApplyState, form: Form): Promise<CaseOutcome> {
  const values = editableValues(form.values, state.permissions);
  if (state.caseId === null)
    return api.cases.create({ definitionKey: state.definitionKey, form: values, submit: false });
  return api.cases.saveDraft(state.caseId, values);
}

/**
 * 正式提交 / 重新提交, 加急 or not (R21). The idempotency key belongs to this one click: the client may retry the
 * request with it and the server answers the first outcome, never a second case.
 */
export async function submitApplication(
  state: ApplyState,
  form: Form,
  importance: CaseImportance,
): Promise<CaseOutcome> {
  const values = editableValues(form.values, state.permissions);
  const idempotencyKey = newIdempotencyKey();
  if (state.caseId === null) {
    return api.cases.create(
      { definitionKey: state.definitionKey, form: values, submit: true, importance },
      { idempotencyKey },
    );
  }
  if (state.status === 'returned')
    return api.cases.resubmit(state.caseId, values, { idempotencyKey, importance });
  return api.cases.submit(state.caseId, values, { idempotencyKey, importance });
}
