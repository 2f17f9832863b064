import { Body, Controller, Get, Inject, Param, Post, Put, Query } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { requireUserId } from '../auth/current-user';
import { validationFailed } from '../common/app-error';
import type { NotificationItem, NotificationPage, NotificationPreferences } from '@flowhall/schema';
import { NotificationService } from './notification-service';
import { parsePreferences } from './preferences';

@Controller('/api')
export class NotificationController {
  @Inject()
  ctx!: Context;

  @Inject()
  notifications!: NotificationService;

  @Get('/notifications', { summary: 'My in-app notifications, newest first (keyset paged)' })
  async list(@Query() raw: Record<string, unknown>): Promise<NotificationPage> {
    const userId = requireUserId(this.ctx);
    const problems: Array<{ path: string; message: string }> = [];
    const limit = raw.limit === undefined ? 20 : Number(raw.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      problems.push({ path: 'limit', message: '每页条数应为 1 到 100 / limit must be 1–100' });
    }
    const cursor = raw.cursor === undefined || raw.cursor === '' ? undefined : Number(raw.cursor);
    if (cursor !== undefined && (!Number.isSafeInteger(cursor) || cursor < 1)) {
      problems.push({ path: 'cursor', message: '无效的分页位置 / invalid cursor' });
    }
    if (raw.unread !== undefined && raw.unread !== 'true' && raw.unread !== 'false') {
      problems.push({ path: 'unread', message: '应为 true 或 false / expected true or false' });
    }
    if (problems.length) throw validationFailed(problems);
    return this.notifications.list(userId, { limit, cursor, unread: raw.unread === 'true' });
  }

  @Get('/notifications/unread-count', { summary: 'How many of my notifications are unread' })
  async unreadCount(): Promise<{ count: number }> {
    return { count: await this.notifications.unreadCount(requireUserId(this.ctx)) };
  }

  @Post('/notifications/read-all', { summary: 'Mark all my notifications read' })
  async readAll(): Promise<{ updated: number }> {
    return this.notifications.markAllRead(requireUserId(this.ctx));
  }

  @Post('/notifications/:id/read', { summary: 'Mark one of my notifications read' })
  async read(@Param('id') id: string): Promise<NotificationItem> {
    return this.notifications.markRead(requireUserId(this.ctx), Number(id));
  }

  @Get('/me/notification-preferences', { summary: 'Which channels I am told on, per event' })
  async preferences(): Promise<NotificationPreferences> {
    return this.notifications.preferences(requireUserId(this.ctx));
  }

  @Put('/me/notification-preferences', { summary: 'Choose channels per event (inApp, email)' })
  async savePreferences(@Body() body: unknown): Promise<NotificationPreferences> {
    const userId = requireUserId(this.ctx);
    const parsed = parsePreferences(body);
    if (!parsed.ok) throw validationFailed(parsed.problems);
    return this.notifications.savePreferences(userId, parsed.value);
  }
}
