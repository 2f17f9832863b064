import type { Messages } from '../i18n/messages';

type T = (key: keyof Messages) => string;

const ACTIONS: Record<string, keyof Messages> = {
  create: 'traceCreate',
  submit: 'traceSubmit',
  resubmit: 'traceResubmit',
  withdraw: 'traceWithdraw',
  urge: 'traceUrge',
  skip: 'traceSkip',
  remind: 'traceRemind',
  reassign: 'traceReassign',
  approve: 'actApprove',
  forward: 'actForward',
  finalApprove: 'actFinalApprove',
  reject: 'actReject',
  return: 'actReturn',
  transfer: 'actTransfer',
  addSigner: 'actAddSigner',
  complete: 'actComplete',
  timeout: 'traceTimeout',
  // The engine's closing entries: the case's outcome.
  approved: 'traceApproved',
  rejected: 'traceRejected',
  withdrawn: 'traceClosedWithdrawn',
};

/** The words for an action in the trace, an opinion area or a button; unknown ones read as 处理. */
export function actionLabel(t: T, action: string | null | undefined): string {
  return t((action && ACTIONS[action]) || 'traceOther');
}

const STATUS: Record<string, keyof Messages> = {
  draft: 'caseStatusDraft',
  running: 'caseStatusRunning',
  returned: 'caseStatusReturned',
  approved: 'caseStatusApproved',
  rejected: 'caseStatusRejected',
  withdrawn: 'caseStatusWithdrawn',
};

export function statusLabel(t: T, status: string): string {
  return t(STATUS[status] ?? 'caseStatusRunning');
}

export const STATUS_COLOR: Record<string, string> = {
  draft: 'default',
  running: 'processing',
  returned: 'warning',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};
