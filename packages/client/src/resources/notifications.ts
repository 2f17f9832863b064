// The notification endpoints' shapes (issue 8) live in @flowhall/schema, shared with the server.
import type {
  NotificationItem,
  NotificationPage,
  NotificationPreferences,
  NotificationTemplates,
  NotifyEvent,
  WebhookEndpoint,
  WebhookEndpointInput,
} from '@flowhall/schema';
import { queryString, Request } from '../transport';

export interface NotificationsApi {
  list(query?: { limit?: number; cursor?: string; unread?: boolean }): Promise<NotificationPage>;
  unreadCount(): Promise<{ count: number }>;
  markRead(id: number): Promise<NotificationItem>;
  markAllRead(): Promise<{ updated: number }>;
  preferences(): Promise<NotificationPreferences>;
  savePreferences(preferences: Partial<NotificationPreferences>): Promise<NotificationPreferences>;
  /** Platform administrators: templates per event. */
  templates(): Promise<NotificationTemplates>;
  saveTemplate(template: {
    event: NotifyEvent;
    subject: string;
    body: string;
  }): Promise<NotificationTemplates>;
  resetTemplate(event: NotifyEvent): Promise<NotificationTemplates>;
  /** Platform administrators: group robots and generic webhooks. */
  webhooks(): Promise<WebhookEndpoint[]>;
  createWebhook(input: WebhookEndpointInput): Promise<WebhookEndpoint>;
  updateWebhook(id: number, input: WebhookEndpointInput): Promise<WebhookEndpoint>;
  deleteWebhook(id: number): Promise<{ deleted: true }>;
  /** 督办: an administrator urges a pending task from the supervised list (same as the applicant's urge). */
  urgeSupervised(taskId: string): Promise<{ caseId: number; taskId: string; urgedAt: string }>;
}

export function notificationsApi(request: Request): NotificationsApi {
  return {
    list: (query = {}) => request('GET', `/api/notifications${queryString(query)}`),
    unreadCount: () => request('GET', '/api/notifications/unread-count'),
    markRead: (id) => request('POST', `/api/notifications/${id}/read`),
    markAllRead: () => request('POST', '/api/notifications/read-all'),
    preferences: () => request('GET', '/api/me/notification-preferences'),
    savePreferences: (preferences) => request('PUT', '/api/me/notification-preferences', preferences),
    templates: () => request('GET', '/api/admin/notification-templates'),
    saveTemplate: (template) => request('PUT', '/api/admin/notification-templates', template),
    resetTemplate: (event) => request('DELETE', `/api/admin/notification-templates/${event}`),
    webhooks: () => request('GET', '/api/admin/webhook-endpoints'),
    createWebhook: (input) => request('POST', '/api/admin/webhook-endpoints', input),
    updateWebhook: (id, input) => request('PUT', `/api/admin/webhook-endpoints/${id}`, input),
    deleteWebhook: (id) => request('DELETE', `/api/admin/webhook-endpoints/${id}`),
    urgeSupervised: (taskId) => request('POST', `/api/lists/supervised/${encodeURIComponent(taskId)}/urge`),
  };
}
