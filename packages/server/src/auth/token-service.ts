import type { ApiToken } from '@flowhall/schema';
import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { createHash, randomBytes } from 'crypto';
import { Op } from 'sequelize';
import { AppError } from '../common/app-error';
import { Database } from '../db/database';

/** A token as listed (the secret is never stored). */
export type ApiTokenView = ApiToken;

/** Secrets start with a recognisable prefix so secret scanners and people can spot a leaked one. */
export const TOKEN_PREFIX = 'fht_';
const MAX_TOKENS_PER_USER = 50;
// Updating last_used_at on every request would make every read a write; once a minute is enough.
const TOUCH_EVERY_MS = 60_000;

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const view = (row: {
  id: number;
  name: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
}): ApiTokenView => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
  lastUsedAt: row.lastUsedAt ? row.lastUsedAt.toISOString() : null,
});

/** Bearer tokens for API clients. Only a SHA-256 hash is stored; the secret is shown once. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class TokenService {
  @Inject()
  db!: Database;

  async create(
    userId: number,
    input: { name: string; expiresInDays: number },
    now = new Date(),
  ): Promise<ApiTokenView & { token: string }> {
    const { ApiToken } = this.db.models;
    const live = await ApiToken.count({ where: { userId, expiresAt: { [Op.gt]: now } } });
    if (live >= MAX_TOKENS_PER_USER) {
      throw new AppError(409, 'TOO_MANY_TOKENS', {
        zh: `每人最多 ${MAX_TOKENS_PER_USER} 个有效令牌，请先撤销不用的令牌`,
        en: `At most ${MAX_TOKENS_PER_USER} live tokens per user; revoke one first`,
      });
    }
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const row = await ApiToken.create({
      userId,
      name: input.name,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + input.expiresInDays * 86_400_000),
      lastUsedAt: null,
    });
    return { ...view(row), token };
  }

  async list(userId: number): Promise<ApiTokenView[]> {
    const rows = await this.db.models.ApiToken.findAll({
      where: { userId },
      order: [['id', 'DESC']],
      limit: 100,
    });
    return rows.map(view);
  }

  async revoke(userId: number, id: number): Promise<void> {
    const removed = await this.db.models.ApiToken.destroy({ where: { id, userId } });
    if (removed === 0) throw new AppError(404, 'TOKEN_NOT_FOUND', '没有这个令牌 / No such token');
  }

  /** The user a bearer secret belongs to, or undefined when it is unknown or expired. */
  async resolve(token: string, now = new Date()): Promise<number | undefined> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
    const { ApiToken } = this.db.models;
    const row = await ApiToken.findOne({ where: { tokenHash: hashToken(token) } });
    if (!row || row.expiresAt.getTime() <= now.getTime()) return undefined;
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await ApiToken.update({ lastUsedAt: now }, { where: { id: row.id } });
    }
    return row.userId;
  }
}
