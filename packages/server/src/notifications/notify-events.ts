import type { NotifyReason } from '@flowhall/engine';

/**
 * What a person can be told about. The engine's reasons, with its timeout `remind` shown as
 * `overdue`, plus `dueSoon` from the scheduler.
 */
export type NotifyEvent =
  | 'assigned'
  | 'urged'
  | 'returned'
  | 'approved'
  | 'rejected'
  | 'withdrawn'
  | 'cc'
  | 'dueSoon'
  | 'overdue';

export const NOTIFY_EVENTS: readonly NotifyEvent[] = [
  'assigned',
  'urged',
  'returned',
  'approved',
  'rejected',
  'withdrawn',
  'cc',
  'dueSoon',
  'overdue',
];

/** Personal channels a user chooses; webhooks are the administrators' (group robots). */
export type PersonalChannel = 'inApp' | 'email';
export type Channel = PersonalChannel | 'webhook';
export const PERSONAL_CHANNELS: readonly PersonalChannel[] = ['inApp', 'email'];

export type WebhookKind = 'wecom' | 'dingtalk' | 'feishu' | 'generic';
export const WEBHOOK_KINDS: readonly WebhookKind[] = ['wecom', 'dingtalk', 'feishu', 'generic'];

export function eventOf(reason: NotifyReason | 'dueSoon' | 'overdue'): NotifyEvent {
  return reason === 'remind' ? 'overdue' : reason;
}

/** The outbox payload of a `notify` row (written by cases/case-writer and the scheduler). */
export interface NotifyPayload {
  to: string[];
  reason: NotifyReason | 'dueSoon' | 'overdue';
  caseId: string;
  nodeId?: string;
  taskId?: string;
  opinion?: string;
  caseTitle?: string;
  serialNo?: string | null;
}
