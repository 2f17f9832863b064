import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { AppError } from '../common/app-error';
import { Database } from '../db/database';
import type { WebhookEndpointRow } from './notification-models';
import {
  NOTIFY_EVENTS,
  WEBHOOK_KINDS,
  type NotificationTemplates,
  type NotifyEvent,
  type WebhookEndpoint,
  type WebhookEndpointInput,
  type WebhookKind,
} from '@flowhall/schema';
import { DEFAULT_TEMPLATES, TEMPLATE_VARIABLES } from './notify-templates';

/** A checked webhook endpoint: `enabled` settled (absent in the request means enabled). */
export type CheckedEndpoint = WebhookEndpointInput & { enabled: boolean };

type Problems = Array<{ path: string; message: string }>;

const viewOf = (row: WebhookEndpointRow): WebhookEndpoint => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  url: row.url,
  hasSecret: !!row.secret,
  events: JSON.parse(row.events) as NotifyEvent[],
  enabled: row.enabled,
});

export function checkTemplate(body: unknown): {
  value?: { event: NotifyEvent; subject: string; body: string };
  problems: Problems;
} {
  const problems: Problems = [];
  const input = (body ?? {}) as Record<string, unknown>;
  if (!NOTIFY_EVENTS.includes(input.event as NotifyEvent))
    problems.push({ path: 'event', message: '未知的通知类型 / unknown event' });
  for (const [field, max] of [
    ['subject', 300],
    ['body', 5000],
  ] as const) {
    const value = input[field];
    if (typeof value !== 'string' || !value.trim() || value.length > max) {
      problems.push({ path: field, message: `必填，最多 ${max} 字 / required, at most ${max} characters` });
    }
  }
  if (problems.length) return { problems };
  return {
    value: { event: input.event as NotifyEvent, subject: String(input.subject), body: String(input.body) },
    problems,
  };
}

export function checkEndpoint(body: unknown): { value?: CheckedEndpoint; problems: Problems } {
  const problems: Problems = [];
  const input = (body ?? {}) as Record<string, unknown>;
  if (typeof input.name !== 'string' || !input.name.trim() || input.name.length > 100) {
    problems.push({ path: 'name', message: '名称必填，最多 100 字 / name is required (max 100)' });
  }
  if (!WEBHOOK_KINDS.includes(input.kind as WebhookKind)) {
    problems.push({ path: 'kind', message: `类型应为 ${WEBHOOK_KINDS.join(' / ')} / unknown kind` });
  }
  if (typeof input.url !== 'string' || !/^https?:\/\/[^\s]+$/.test(input.url) || input.url.length > 1000) {
    problems.push({ path: 'url', message: '应为 http(s) 地址 / url must be an http(s) URL' });
  }
  if (
    input.secret !== undefined &&
    input.secret !== null &&
    (typeof input.secret !== 'string' || input.secret.length > 200)
  ) {
    problems.push({ path: 'secret', message: '密钥最多 200 字 / secret: at most 200 characters' });
  }
  const events = input.events ?? [];
  if (!Array.isArray(events) || events.some((e) => !NOTIFY_EVENTS.includes(e as NotifyEvent))) {
    problems.push({ path: 'events', message: '未知的通知类型 / events: unknown event' });
  }
  if (input.enabled !== undefined && typeof input.enabled !== 'boolean') {
    problems.push({ path: 'enabled', message: '应为 true 或 false / expected a boolean' });
  }
  if (problems.length) return { problems };
  return {
    value: {
      name: String(input.name).trim(),
      kind: input.kind as WebhookKind,
      url: String(input.url),
      secret: input.secret as string | null | undefined,
      events: events as NotifyEvent[],
      enabled: input.enabled !== false,
    },
    problems,
  };
}

const notFound = () => new AppError(404, 'WEBHOOK_NOT_FOUND', '没有这个推送地址 / No such webhook endpoint');

/** Templates and webhook endpoints, edited by administrators. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class NotificationAdmin {
  @Inject()
  db!: Database;

  async templates(): Promise<NotificationTemplates> {
    const saved = new Map((await this.db.models.NotificationTemplate.findAll()).map((t) => [t.event, t]));
    return {
      variables: TEMPLATE_VARIABLES,
      templates: NOTIFY_EVENTS.map((event) => {
        const row = saved.get(event);
        const defaults = DEFAULT_TEMPLATES[event];
        return {
          event,
          subject: row?.subject ?? defaults.subject,
          body: row?.body ?? defaults.body,
          customised: !!row,
          defaults: { ...defaults },
        };
      }),
    };
  }

  async saveTemplate(
    userId: number,
    value: { event: NotifyEvent; subject: string; body: string },
  ): Promise<void> {
    await this.db.models.NotificationTemplate.upsert({ ...value, updatedBy: userId, updatedAt: new Date() });
  }

  async resetTemplate(event: NotifyEvent): Promise<void> {
    await this.db.models.NotificationTemplate.destroy({ where: { event } });
  }

  async endpoints(): Promise<WebhookEndpoint[]> {
    return (await this.db.models.WebhookEndpoint.findAll({ order: [['id', 'ASC']] })).map(viewOf);
  }

  async createEndpoint(input: CheckedEndpoint): Promise<WebhookEndpoint> {
    const row = await this.db.models.WebhookEndpoint.create({
      ...input,
      secret: input.secret || null,
      events: JSON.stringify(input.events),
    });
    return viewOf(row);
  }

  /** Updates an endpoint; an absent secret keeps the stored one, `null` clears it. */
  async updateEndpoint(id: number, input: CheckedEndpoint): Promise<WebhookEndpoint> {
    const row = Number.isSafeInteger(id) ? await this.db.models.WebhookEndpoint.findByPk(id) : null;
    if (!row) throw notFound();
    await row.update({
      name: input.name,
      kind: input.kind,
      url: input.url,
      events: JSON.stringify(input.events),
      enabled: input.enabled,
      ...(input.secret !== undefined ? { secret: input.secret || null } : {}),
    });
    return viewOf(row);
  }

  async deleteEndpoint(id: number): Promise<void> {
    const count = Number.isSafeInteger(id)
      ? await this.db.models.WebhookEndpoint.destroy({ where: { id } })
      : 0;
    if (!count) throw notFound();
  }
}
