import { Config, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { createHash, randomBytes } from 'crypto';
import { Op } from 'sequelize';
import { Database } from '../db/database';
import type { Settings } from '../settings';

export interface OpenedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface ActiveSession {
  userId: number;
  csrfToken: string;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Sessions live in the database, not in process memory, so any server process behind a load
 * balancer can serve any request. Only a hash of the token is stored.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class SessionService {
  @Inject()
  db!: Database;

  @Config('flowhall')
  settings!: Settings;

  async open(userId: number, now = new Date()): Promise<OpenedSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.settings.sessionHours * 3600_000);
    await this.db.models.Session.create({ id: hashToken(token), userId, csrfToken, expiresAt });
    // Expired rows are swept opportunistically; the index on expires_at keeps this cheap.
    await this.db.models.Session.destroy({ where: { expiresAt: { [Op.lt]: now } } });
    return { token, csrfToken, expiresAt };
  }

  async find(token: string, now = new Date()): Promise<ActiveSession | undefined> {
    const row = await this.db.models.Session.findByPk(hashToken(token));
    if (!row || row.expiresAt.getTime() <= now.getTime()) return undefined;
    return { userId: row.userId, csrfToken: row.csrfToken };
  }

  async close(token: string): Promise<void> {
    await this.db.models.Session.destroy({ where: { id: hashToken(token) } });
  }
}
