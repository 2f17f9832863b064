import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { Op, type WhereOptions } from 'sequelize';
import { AppError } from '../common/app-error';
import { Database } from '../db/database';
import type { NotificationRow } from './notification-models';
import type { NotificationItem, NotificationPage, NotificationPreferences } from '@flowhall/schema';
import { mergePreferences } from './preferences';

const itemOf = (row: NotificationRow): NotificationItem => ({
  id: row.id,
  event: row.event,
  title: row.title,
  body: row.body,
  caseId: row.caseId,
  taskId: row.taskId,
  link: row.caseId ? `/cases/${row.caseId}` : null,
  readAt: row.readAt ? row.readAt.toISOString() : null,
  createdAt: row.createdAt.toISOString(),
});

/** The signed-in user's in-app notifications and channel preferences. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class NotificationService {
  @Inject()
  db!: Database;

  /** Newest first, keyset-paged on id (one range scan of notifications_user_id). */
  async list(
    userId: number,
    { limit, cursor, unread }: { limit: number; cursor: number | undefined; unread: boolean },
  ): Promise<NotificationPage> {
    const where: WhereOptions<NotificationRow> = {
      userId,
      ...(cursor !== undefined ? { id: { [Op.lt]: cursor } } : {}),
      ...(unread ? { readAt: null } : {}),
    };
    const rows = await this.db.models.Notification.findAll({
      where,
      order: [['id', 'DESC']],
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map(itemOf), nextCursor: rows.length > limit && last ? String(last.id) : null };
  }

  async unreadCount(userId: number): Promise<number> {
    return this.db.models.Notification.count({ where: { userId, readAt: null } });
  }

  /** Marks one as read; someone else's notification answers 404 like a missing one. */
  async markRead(userId: number, id: number): Promise<NotificationItem> {
    const row = Number.isSafeInteger(id)
      ? await this.db.models.Notification.findOne({ where: { id, userId } })
      : null;
    if (!row) throw new AppError(404, 'NOTIFICATION_NOT_FOUND', '没有这条通知 / No such notification');
    if (!row.readAt) await row.update({ readAt: new Date() });
    return itemOf(row);
  }

  async markAllRead(userId: number): Promise<{ updated: number }> {
    const [updated] = await this.db.models.Notification.update(
      { readAt: new Date() },
      { where: { userId, readAt: null } },
    );
    return { updated };
  }

  async preferences(userId: number): Promise<NotificationPreferences> {
    const row = await this.db.models.NotificationPreference.findByPk(userId);
    return mergePreferences(row?.channels);
  }

  async savePreferences(userId: number, value: NotificationPreferences): Promise<NotificationPreferences> {
    await this.db.models.NotificationPreference.upsert({
      userId,
      channels: JSON.stringify(value),
      updatedAt: new Date(),
    });
    return value;
  }
}
