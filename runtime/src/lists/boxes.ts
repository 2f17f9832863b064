import type { Box, CaseStatus, Counts } from '@flowhall/client';
import type { Messages } from '../i18n/messages';

/** The list tabs (R21): the API's boxes, plus my drafts (my cases in status draft, R8). */
export type ListBox = Box | 'drafts';

// The same order as the navigation menu.
export const LIST_BOXES: readonly ListBox[] = ['todo', 'mine', 'done', 'cc', 'drafts', 'supervised'];

export function isListBox(value: string | undefined): value is ListBox {
  return LIST_BOXES.includes(value as ListBox);
}

export const BOX_LABEL: Record<ListBox, keyof Messages> = {
  todo: 'navTodo',
  done: 'navDone',
  cc: 'navCc',
  mine: 'navMine',
  drafts: 'navDrafts',
  supervised: 'navSupervised',
};

/** The count shown as the tab's badge. */
export const BOX_BADGE: Partial<Record<ListBox, keyof Counts>> = {
  todo: 'todo',
  cc: 'ccUnread',
  mine: 'returned',
  drafts: 'drafts',
};

/** The API box and fixed status filter a tab reads. */
export function apiBox(box: ListBox): { box: Box; status?: CaseStatus } {
  return box === 'drafts' ? { box: 'mine', status: 'draft' } : { box };
}

/** Statuses the "mine" tab can filter by (drafts have their own tab). */
export const MINE_STATUSES: CaseStatus[] = ['running', 'returned', 'approved', 'rejected', 'withdrawn'];

export const STATUS_LABEL: Record<CaseStatus, keyof Messages> = {
  draft: 'listStatusDraft',
  running: 'listStatusRunning',
  returned: 'listStatusReturned',
  approved: 'listStatusApproved',
  rejected: 'listStatusRejected',
  withdrawn: 'listStatusWithdrawn',
};

export const STATUS_COLOR: Record<CaseStatus, string> = {
  draft: 'default',
  running: 'processing',
  returned: 'warning',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};
