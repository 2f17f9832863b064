// The notification endpoints' shapes (issue 8), shared by the server that sends them, the client
// that reads them and the web app that lists the events and channels. The event and channel keys
// are plain data here because the web app needs them at run time (settings table, webhook form).

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
export const PERSONAL_CHANNELS: readonly PersonalChannel[] = ['inApp', 'email'];

export type WebhookKind = 'wecom' | 'dingtalk' | 'feishu' | 'generic';
export const WEBHOOK_KINDS: readonly WebhookKind[] = ['wecom', 'dingtalk', 'feishu', 'generic'];

export interface NotificationItem {
  id: number;
  event: NotifyEvent;
  title: string;
  body: string;
  caseId: number | null;
  taskId: string | null;
  /** The web app's path to open (the case, where the task is acted on). */
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationPage {
  items: NotificationItem[];
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** Which personal channels tell the user about each event. */
export type NotificationPreferences = Record<NotifyEvent, PersonalChannel[]>;

export interface NotificationTemplate {
  event: NotifyEvent;
  subject: string;
  body: string;
  /** True when administrators replaced the shipped wording. */
  customised: boolean;
  defaults: { subject: string; body: string };
}

export interface NotificationTemplates {
  variables: readonly string[];
  templates: NotificationTemplate[];
}

export interface WebhookEndpoint {
  id: number;
  name: string;
  kind: WebhookKind;
  url: string;
  /** The secret is never sent back; only whether one is set. */
  hasSecret: boolean;
  events: NotifyEvent[];
  enabled: boolean;
}

export interface WebhookEndpointInput {
  name: string;
  kind: WebhookKind;
  url: string;
  /** Absent keeps the stored secret on update; null clears it. */
  secret?: string | null;
  /** Empty: every event. */
  events: NotifyEvent[];
  /** Absent: enabled. */
  enabled?: boolean;
}
