import { Body, Controller, Del, Get, Inject, Param, Post, Put } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { isPlatformAdmin } from '../auth/access';
import { forbidden, validationFailed } from '../common/app-error';
import { adminProfile } from '../org/org-access';
import { OrgService, type UserProfile } from '../org/org-service';
import { NotificationAdmin, checkEndpoint, checkTemplate } from './notification-admin';
import {
  NOTIFY_EVENTS,
  type NotificationTemplates,
  type NotifyEvent,
  type WebhookEndpoint,
} from '@flowhall/schema';

/** Templates and group-robot endpoints reach everyone: platform administrators only. */
@Controller('/api/admin')
export class NotificationAdminController {
  @Inject()
  ctx!: Context;

  @Inject()
  org!: OrgService;

  @Inject()
  admin!: NotificationAdmin;

  private async platformAdmin(): Promise<UserProfile> {
    const profile = await adminProfile(this.org, this.ctx);
    if (!isPlatformAdmin(profile))
      throw forbidden('只有平台管理员可以修改通知设置 / Only platform administrators manage notifications');
    return profile;
  }

  @Get('/notification-templates', {
    summary: 'Notification templates per event, with the variables they may use',
  })
  async templates(): Promise<NotificationTemplates> {
    await this.platformAdmin();
    return this.admin.templates();
  }

  @Put('/notification-templates', { summary: "Replace one event's template ({ event, subject, body })" })
  async saveTemplate(@Body() body: unknown): Promise<NotificationTemplates> {
    const profile = await this.platformAdmin();
    const { value, problems } = checkTemplate(body);
    if (!value) throw validationFailed(problems);
    await this.admin.saveTemplate(profile.id, value);
    return this.admin.templates();
  }

  @Del('/notification-templates/:event', { summary: "Restore an event's shipped template" })
  async resetTemplate(@Param('event') event: string): Promise<NotificationTemplates> {
    await this.platformAdmin();
    if (!NOTIFY_EVENTS.includes(event as NotifyEvent))
      throw validationFailed([{ path: 'event', message: '未知的通知类型 / unknown event' }]);
    await this.admin.resetTemplate(event as NotifyEvent);
    return this.admin.templates();
  }

  @Get('/webhook-endpoints', { summary: 'Group-robot and generic webhook endpoints' })
  async endpoints(): Promise<WebhookEndpoint[]> {
    await this.platformAdmin();
    return this.admin.endpoints();
  }

  @Post('/webhook-endpoints', { summary: 'Add a webhook endpoint (wecom, dingtalk, feishu, generic)' })
  async create(@Body() body: unknown): Promise<WebhookEndpoint> {
    await this.platformAdmin();
    const { value, problems } = checkEndpoint(body);
    if (!value) throw validationFailed(problems);
    this.ctx.status = 201;
    return this.admin.createEndpoint(value);
  }

  @Put('/webhook-endpoints/:id', { summary: 'Change a webhook endpoint' })
  async update(@Param('id') id: string, @Body() body: unknown): Promise<WebhookEndpoint> {
    await this.platformAdmin();
    const { value, problems } = checkEndpoint(body);
    if (!value) throw validationFailed(problems);
    return this.admin.updateEndpoint(Number(id), value);
  }

  @Del('/webhook-endpoints/:id', { summary: 'Remove a webhook endpoint' })
  async remove(@Param('id') id: string): Promise<{ deleted: true }> {
    await this.platformAdmin();
    await this.admin.deleteEndpoint(Number(id));
    return { deleted: true };
  }
}
